import { describe, expect, it } from 'vitest';
import { FakeClock } from './fake-clock';
import { walkPages, type WalkedPage } from './page-walk';
import { TokenBucket } from './pacer';

function throttled() {
  return Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });
}

async function collect<T>(walk: AsyncGenerator<readonly T[]>): Promise<T[][]> {
  const pages: T[][] = [];
  for await (const page of walk) pages.push([...page]);
  return pages;
}

describe('walkPages', () => {
  it('follows tokens through empty pages until a page has none', async () => {
    const pages: Record<string, WalkedPage<number>> = {
      start: { items: [1, 2], nextToken: 'a' },
      a: { items: [], nextToken: 'b' },
      b: { items: [3], nextToken: '' },
    };
    const clock = new FakeClock();
    const walk = walkPages({
      fetchPage: (token) => Promise.resolve(pages[token ?? 'start']!),
      bucket: new TokenBucket(10, 1, clock),
      signal: new AbortController().signal,
      clock,
    });
    expect(await collect(walk)).toEqual([[1, 2], [], [3]]);
    // Three requests at 10 a second: the first is free, the next two wait 100 ms each.
    expect(clock.time).toBe(200);
  });

  it('waits out throttling and asks for the same page again', async () => {
    const clock = new FakeClock();
    const asked: (string | undefined)[] = [];
    let throttles = 0;
    const walk = walkPages({
      fetchPage: (token) => {
        asked.push(token);
        if (asked.length === 2) return Promise.reject(throttled());
        return Promise.resolve(token ? { items: ['b'] } : { items: ['a'], nextToken: 't' });
      },
      bucket: new TokenBucket(1000, 1, clock),
      signal: new AbortController().signal,
      onThrottle: () => throttles++,
      clock,
      random: () => 0,
    });
    expect(await collect(walk)).toEqual([['a'], ['b']]);
    expect(asked).toEqual([undefined, 't', 't']);
    expect(throttles).toBe(1);
  });

  it('gives up after the allowed throttled attempts, and rethrows other errors at once', async () => {
    const clock = new FakeClock();
    const always = walkPages({
      fetchPage: () => Promise.reject(throttled()),
      bucket: new TokenBucket(1000, 1, clock),
      signal: new AbortController().signal,
      maxThrottleRetries: 2,
      clock,
      random: () => 0,
    });
    await expect(collect(always)).rejects.toThrow('Rate exceeded');
    let calls = 0;
    const broken = walkPages({
      fetchPage: () => {
        calls++;
        return Promise.reject(new Error('Access denied'));
      },
      bucket: new TokenBucket(1000, 1, clock),
      signal: new AbortController().signal,
      clock,
    });
    await expect(collect(broken)).rejects.toThrow('Access denied');
    expect(calls).toBe(1);
  });

  it('stops when its signal aborts', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    const walk = walkPages({
      fetchPage: (token) => Promise.resolve({ items: [token ?? 'first'], nextToken: 'more' }),
      bucket: new TokenBucket(1000, 1, clock),
      signal: controller.signal,
      clock,
    });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const page of walk) {
          seen.push(...page);
          if (seen.length === 3) controller.abort(new Error('stopped'));
        }
      })(),
    ).rejects.toThrow('stopped');
    expect(seen).toEqual(['first', 'more', 'more']);
  });
});
