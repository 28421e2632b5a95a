import { describe, expect, it } from 'vitest';
import { FakeClock } from '@/lib/user-search/fake-clock';
import { describeFailure, runBulk } from './bulk-run';

const names = (n: number) => Array.from({ length: n }, (_, i) => `user-${i}`);

function awsError(name: string, message: string) {
  return Object.assign(new Error(message), { name });
}
const throttle = () => awsError('TooManyRequestsException', 'Rate exceeded');

describe('runBulk', () => {
  it('acts once on each distinct user, in the order given', async () => {
    const calls: string[] = [];
    const outcome = await runBulk({
      usernames: ['ana', 'bo', 'ana', 'cy', 'bo'],
      act: async (u) => void calls.push(u),
      ratePerSecond: 24,
      concurrency: 1,
      clock: new FakeClock(),
    });
    expect(calls).toEqual(['ana', 'bo', 'cy']);
    expect(outcome.results).toEqual([
      { username: 'ana', status: 'done' },
      { username: 'bo', status: 'done' },
      { username: 'cy', status: 'done' },
    ]);
    expect(outcome.progress).toMatchObject({ total: 3, done: 3, failed: 0, remaining: 0 });
  });

  it('paces calls under the quota: at 24.5 a second, no second holds more than 25', async () => {
    const clock = new FakeClock();
    const times: number[] = [];
    await runBulk({
      usernames: names(100),
      act: async () => void times.push(clock.now()),
      ratePerSecond: 24.5,
      // One at a time: the fake clock moves on every sleep, so parallel waits would add up.
      concurrency: 1,
      clock,
    });
    expect(times).toHaveLength(100);
    for (const start of times) {
      expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(25);
    }
    // And close to the rate: 99 gaps of 1/24.5 s.
    expect(times.at(-1)).toBeCloseTo((99 * 1000) / 24.5, 0);
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    await runBulk({
      usernames: names(30),
      act: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight--;
      },
      ratePerSecond: 1000,
      concurrency: 3,
      clock: new FakeClock(),
    });
    expect(most).toBe(3);
  });

  it('retries a throttled user after a backoff and slows down, then recovers', async () => {
    const clock = new FakeClock();
    const attempts = new Map<string, number>();
    const paces: number[] = [];
    const outcome = await runBulk({
      usernames: names(200),
      act: async (u) => {
        const n = (attempts.get(u) ?? 0) + 1;
        attempts.set(u, n);
        // The first five users are throttled on their first two attempts.
        if (['user-0', 'user-1', 'user-2', 'user-3', 'user-4'].includes(u) && n <= 2)
          throw throttle();
      },
      ratePerSecond: 24,
      onProgress: (p) => paces.push(p.pace),
      clock,
      random: () => 0.5,
    });
    expect(outcome.results.every((r) => r.status === 'done')).toBe(true);
    expect(attempts.get('user-0')).toBe(3);
    expect(attempts.get('user-9')).toBe(1);
    expect(outcome.progress.throttled).toBe(10);
    expect(Math.min(...paces)).toBeLessThan(24);
    expect(paces.at(-1)).toBe(24);
  });

  it('records other failures with AWS’s name and message, once, without retrying', async () => {
    const calls: string[] = [];
    const outcome = await runBulk({
      usernames: ['ana', 'bo'],
      act: async (u) => {
        calls.push(u);
        if (u === 'bo') throw awsError('InternalErrorException', 'Internal error.');
      },
      ratePerSecond: 24,
      clock: new FakeClock(),
    });
    expect(calls).toEqual(['ana', 'bo']);
    expect(outcome.results[1]).toEqual({
      username: 'bo',
      status: 'failed',
      message: 'InternalErrorException: Internal error.',
    });
    expect(outcome.progress).toMatchObject({ done: 1, failed: 1, remaining: 0 });
  });

  it('gives up on a user throttled too many times, as failed', async () => {
    let calls = 0;
    const outcome = await runBulk({
      usernames: ['ana'],
      act: async () => {
        calls++;
        throw throttle();
      },
      ratePerSecond: 24,
      maxThrottleRetries: 3,
      clock: new FakeClock(),
    });
    expect(calls).toBe(4);
    expect(outcome.results[0]).toEqual({
      username: 'ana',
      status: 'failed',
      message: 'TooManyRequestsException: Rate exceeded',
    });
  });

  it('skips users with a reason, without calling', async () => {
    const calls: string[] = [];
    const outcome = await runBulk({
      usernames: ['me', 'ana'],
      act: async (u) => void calls.push(u),
      skip: (u) => (u === 'me' ? 'Your own account: not disabled.' : undefined),
      ratePerSecond: 24,
      clock: new FakeClock(),
    });
    expect(calls).toEqual(['ana']);
    expect(outcome.results[0]).toEqual({
      username: 'me',
      status: 'skipped',
      message: 'Your own account: not disabled.',
    });
  });

  it('keeps a done note the action returns', async () => {
    const outcome = await runBulk({
      usernames: ['gone'],
      act: async () => 'Already deleted.',
      ratePerSecond: 24,
      clock: new FakeClock(),
    });
    expect(outcome.results[0]).toEqual({
      username: 'gone',
      status: 'done',
      message: 'Already deleted.',
    });
  });

  it('Stop: no new calls, the calls in flight finish and are recorded, the rest not run', async () => {
    const stop = new AbortController();
    const calls: string[] = [];
    const pending: (() => void)[] = [];
    const run = runBulk({
      usernames: names(10),
      act: (u) => {
        calls.push(u);
        return new Promise<void>((resolve) => pending.push(resolve));
      },
      ratePerSecond: 1000,
      concurrency: 2,
      signal: stop.signal,
      clock: new FakeClock(),
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(calls).toEqual(['user-0', 'user-1']);
    stop.abort();
    pending.forEach((resolve) => resolve());
    const outcome = await run;
    expect(calls).toEqual(['user-0', 'user-1']);
    expect(outcome.stopped).toBe(true);
    expect(outcome.results.slice(0, 3)).toEqual([
      { username: 'user-0', status: 'done' },
      { username: 'user-1', status: 'done' },
      { username: 'user-2', status: 'not-run', message: 'Not run: stopped before its turn.' },
    ]);
    expect(outcome.progress).toMatchObject({ done: 2, remaining: 8 });
  });
});

describe('describeFailure', () => {
  it('names the exception and its message', () => {
    expect(describeFailure(awsError('UserNotFoundException', 'User does not exist.'))).toBe(
      'UserNotFoundException: User does not exist.',
    );
    expect(describeFailure(awsError('TypeError', ''))).toBe('TypeError');
    expect(describeFailure(undefined)).toBe('Error');
  });
});
