import { describe, expect, it } from 'vitest';
import { FakeClock } from '@/lib/user-search/fake-clock';
import { scanUserGroups, type GroupScanSource, type NamesPage } from './user-groups-scan';

/** A pool in memory: group name → members, served in pages like Cognito's NextToken. */
function poolOf(groups: Record<string, string[]>, pageSize = 2) {
  const calls: string[] = [];
  const page = (names: string[], token: string | undefined): NamesPage => {
    const start = Number(token ?? 0);
    const end = start + pageSize;
    return {
      names: names.slice(start, end),
      nextToken: end < names.length ? String(end) : undefined,
    };
  };
  const source: GroupScanSource = {
    listGroups: (token) => {
      calls.push(`groups ${token ?? ''}`);
      return Promise.resolve(page(Object.keys(groups), token));
    },
    listMembers: (group, token) => {
      calls.push(`${group} ${token ?? ''}`);
      return Promise.resolve(page(groups[group] ?? [], token));
    },
  };
  return { source, calls };
}

describe('scanUserGroups', () => {
  it('maps each member to their groups, sorted, in one request per page', async () => {
    const { source, calls } = poolOf({
      staff: ['ana', 'ben', 'cy'],
      admins: ['ana'],
      empty: [],
    });
    const result = await scanUserGroups(source, { clock: new FakeClock() });
    expect(result.strategy).toBe('scan');
    if (result.strategy !== 'scan') return;
    expect(result.groupsByUser.get('ana')).toEqual(['admins', 'staff']);
    expect(result.groupsByUser.get('cy')).toEqual(['staff']);
    expect(result.groupsByUser.has('dee')).toBe(false);
    // Groups: 2 pages; staff: 2 pages; admins and empty: 1 each.
    expect(result.requests).toBe(6);
    expect(calls).toHaveLength(6);
    expect(result.groups).toBe(3);
  });

  it('gives up before reading members when there are more groups than the budget', async () => {
    const groups = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`g${i}`, ['ana']]));
    const { source, calls } = poolOf(groups, 10);
    const result = await scanUserGroups(source, { budget: 10, clock: new FakeClock() });
    expect(result).toEqual({ strategy: 'per-user', reason: 'groups', requests: 1 });
    expect(calls).toEqual(['groups ']);
  });

  it('stops at the budget when the groups are too big, never past it', async () => {
    const big = Array.from({ length: 50 }, (_, i) => `u${i}`);
    const { source, calls } = poolOf({ a: big, b: big, c: ['x'] });
    const result = await scanUserGroups(source, { budget: 8, clock: new FakeClock() });
    expect(result).toMatchObject({ strategy: 'per-user', reason: 'members' });
    expect(calls.length).toBeLessThanOrEqual(8);
    expect(result.requests).toBe(calls.length);
  });

  it('waits and retries a throttled page, and fails on any other error', async () => {
    const { source } = poolOf({ a: ['ana'] });
    let throttles = 1;
    const throttled: GroupScanSource = {
      ...source,
      listMembers: (group, token, signal) => {
        if (throttles-- > 0) {
          return Promise.reject(
            Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }),
          );
        }
        return source.listMembers(group, token, signal);
      },
    };
    const clock = new FakeClock();
    const result = await scanUserGroups(throttled, { clock, random: () => 0 });
    expect(result.strategy).toBe('scan');
    expect(clock.sleeps.some((ms) => ms >= 125)).toBe(true);

    const failing: GroupScanSource = {
      ...source,
      listMembers: () =>
        Promise.reject(Object.assign(new Error('no'), { name: 'AccessDeniedException' })),
    };
    await expect(scanUserGroups(failing, { clock: new FakeClock() })).rejects.toThrow('no');
  });
});
