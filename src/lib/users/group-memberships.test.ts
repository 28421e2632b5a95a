import { describe, expect, it } from 'vitest';
import { FakeClock } from '../user-search/fake-clock';
import { TokenBucket } from '../user-search/pacer';
import {
  readGroupMemberships,
  type MembershipsProgress,
  type MembershipsSource,
} from './group-memberships';

/** A pool in memory: group name → members, served in pages like Cognito's NextToken. */
function poolOf(groups: Record<string, string[]>, pageSize = 2) {
  const calls: string[] = [];
  const page = (names: string[], token: string | undefined) => {
    const start = Number(token ?? 0);
    const end = start + pageSize;
    return { items: names.slice(start, end), nextToken: end < names.length ? String(end) : '' };
  };
  const source: MembershipsSource = {
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

function optionsWith(clock: FakeClock, signal = new AbortController().signal) {
  return {
    signal,
    groupsBucket: new TokenBucket(4, 1, clock),
    membersBucket: new TokenBucket(25, 1, clock),
    clock,
    random: () => 0,
  };
}

const throttled = () =>
  Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });

describe('readGroupMemberships', () => {
  it('maps every member of every group, however big, to their sorted groups', async () => {
    const big = Array.from({ length: 45 }, (_, i) => `u${i}`);
    const { source, calls } = poolOf({
      staff: ['ana', 'ben', ...big],
      admins: ['ana'],
      'beta-testers': ['ben', 'ana'],
      empty: [],
    });
    const progress: MembershipsProgress[] = [];
    const byUser = await readGroupMemberships(source, {
      ...optionsWith(new FakeClock()),
      onProgress: (p) => progress.push(p),
    });
    expect(byUser.get('ana')).toEqual(['admins', 'beta-testers', 'staff']);
    expect(byUser.get('ben')).toEqual(['beta-testers', 'staff']);
    expect(byUser.get('u44')).toEqual(['staff']);
    expect(byUser.has('dee')).toBe(false);
    expect(byUser.size).toBe(47);
    // Groups: 2 pages; staff: 24 pages; admins, beta-testers and empty: 1 each.
    expect(calls).toHaveLength(2 + 24 + 3);
    expect(progress.at(-1)).toEqual({ groups: 4, groupsRead: 4, members: 50, throttled: 0 });
  });

  it('paces ListGroups and ListUsersInGroup each by its own bucket', async () => {
    const clock = new FakeClock();
    const { source } = poolOf({ a: ['x'], b: ['y'], c: ['z'] }, 1);
    await readGroupMemberships(source, { ...optionsWith(clock), concurrency: 1 });
    // Three ListGroups pages at 4 a second (the first at once); then three member pages at 25 a
    // second, the first on the token that filled meanwhile.
    expect(clock.time).toBe(250 + 250 + 40 + 40);
  });

  it('waits out throttling and counts it', async () => {
    const { source } = poolOf({ a: ['ana'] });
    let throttles = 2;
    const flaky: MembershipsSource = {
      ...source,
      listMembers: (group, token, signal) =>
        throttles-- > 0 ? Promise.reject(throttled()) : source.listMembers(group, token, signal),
    };
    const progress: MembershipsProgress[] = [];
    const byUser = await readGroupMemberships(flaky, {
      ...optionsWith(new FakeClock()),
      onProgress: (p) => progress.push(p),
    });
    expect(byUser.get('ana')).toEqual(['a']);
    expect(progress.at(-1)?.throttled).toBe(2);
  });

  it('stops every group on the first error, and on cancel', async () => {
    const { source, calls } = poolOf({ a: ['1', '2', '3'], b: ['4', '5', '6'] }, 1);
    const failing: MembershipsSource = {
      ...source,
      listMembers: (group, token, signal) =>
        group === 'b'
          ? Promise.reject(Object.assign(new Error('no'), { name: 'AccessDeniedException' }))
          : source.listMembers(group, token, signal),
    };
    await expect(readGroupMemberships(failing, optionsWith(new FakeClock()))).rejects.toThrow('no');
    expect(calls.filter((c) => c.startsWith('a ')).length).toBeLessThan(3);

    const cancel = new AbortController();
    cancel.abort(new Error('cancelled'));
    await expect(
      readGroupMemberships(source, optionsWith(new FakeClock(), cancel.signal)),
    ).rejects.toThrow('cancelled');
  });
});
