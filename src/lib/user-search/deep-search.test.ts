import { describe, expect, it, vi } from 'vitest';
import { deepSearch, type DeepSearchPage } from './deep-search';
import { backoffDelay } from './throttling';
import { FakeClock } from './fake-clock';

interface U {
  id: number;
  tier: string;
}

/** Pages of `size` users; `tierOf(i)` decides each one's tier; an optional empty page mid-way. */
function pagesOf(count: number, size: number, tierOf: (i: number) => string) {
  const users = Array.from({ length: count }, (_, id) => ({ id, tier: tierOf(id) }));
  const pages: DeepSearchPage<U>[] = [];
  for (let i = 0; i < count; i += size) {
    pages.push({ users: users.slice(i, i + size), nextToken: `t${pages.length + 1}` });
  }
  pages[pages.length - 1]!.nextToken = null;
  return pages;
}

function serve(pages: DeepSearchPage<U>[]) {
  const calls: (string | undefined)[] = [];
  const fetchPage = vi.fn(async (token: string | undefined, _signal?: AbortSignal) => {
    calls.push(token);
    const index = token === undefined ? 0 : Number(token.slice(1));
    return pages[index]!;
  });
  return { fetchPage, calls };
}

const throttled = () =>
  Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });

describe('deepSearch', () => {
  it('scans every page and keeps the matches, reporting progress as it goes', async () => {
    const clock = new FakeClock();
    const { fetchPage, calls } = serve(pagesOf(250, 60, (i) => (i % 10 === 0 ? 'gold' : 'free')));
    const progress: [number, number, number][] = [];
    const result = await deepSearch({
      fetchPage,
      predicate: (u) => u.tier === 'gold',
      clock,
      onProgress: (p, found) => {
        progress.push([p.pages, p.scanned, p.matches]);
        expect(found.every((u) => u.tier === 'gold')).toBe(true);
      },
    });
    expect(result.outcome).toBe('complete');
    expect(result.matches.map((u) => u.id)).toEqual(Array.from({ length: 25 }, (_, i) => i * 10));
    expect(calls).toEqual([undefined, 't1', 't2', 't3', 't4']);
    expect(progress).toEqual([
      [1, 60, 6],
      [2, 120, 12],
      [3, 180, 18],
      [4, 240, 24],
      [5, 250, 25],
    ]);
  });

  it('continues through empty pages until the token is null', async () => {
    const pages: DeepSearchPage<U>[] = [
      { users: [{ id: 1, tier: 'gold' }], nextToken: 't1' },
      { users: [], nextToken: 't2' },
      { users: [], nextToken: 't3' },
      { users: [{ id: 2, tier: 'gold' }], nextToken: '' },
    ];
    const { fetchPage } = serve(pages);
    const result = await deepSearch({ fetchPage, predicate: () => true, clock: new FakeClock() });
    expect(result.progress).toMatchObject({ pages: 4, scanned: 2, matches: 2 });
  });

  it('paces requests at 25 per second by default', async () => {
    const clock = new FakeClock();
    const { fetchPage } = serve(pagesOf(60 * 51, 60, () => 'free'));
    await deepSearch({ fetchPage, predicate: () => false, clock });
    expect(fetchPage).toHaveBeenCalledTimes(51);
    expect(clock.time).toBeCloseTo(2000, 6); // 50 gaps of 40 ms
  });

  it('honours a custom pace', async () => {
    const clock = new FakeClock();
    const { fetchPage } = serve(pagesOf(60 * 11, 60, () => 'free'));
    await deepSearch({ fetchPage, predicate: () => false, clock, requestsPerSecond: 5 });
    expect(clock.time).toBeCloseTo(2000, 6); // 10 gaps of 200 ms
  });

  it('retries throttled requests with growing backoff instead of failing', async () => {
    const clock = new FakeClock();
    const { fetchPage: inner } = serve(pagesOf(120, 60, () => 'gold'));
    let failures = 3;
    const fetchPage = vi.fn(async (token: string | undefined, signal: AbortSignal) => {
      if (token === 't1' && failures-- > 0) throw throttled();
      return inner(token, signal);
    });
    const result = await deepSearch({
      fetchPage,
      predicate: () => true,
      clock,
      random: () => 0,
      baseBackoffMs: 100,
    });
    expect(result.outcome).toBe('complete');
    expect(result.matches).toHaveLength(120);
    expect(result.progress.throttled).toBe(3);
    // Equal jitter with random 0: half of 100, 200, 400.
    expect(clock.sleeps.filter((ms) => ms >= 50)).toEqual([50, 100, 200]);
  });

  it('gives up after too many throttles, and fails at once on other errors', async () => {
    const always = vi.fn(async () => {
      throw throttled();
    });
    await expect(
      deepSearch({
        fetchPage: always,
        predicate: () => true,
        clock: new FakeClock(),
        maxThrottleRetries: 2,
      }),
    ).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    expect(always).toHaveBeenCalledTimes(3);

    const denied = vi.fn(async () => {
      throw Object.assign(new Error('no'), { name: 'AccessDeniedException' });
    });
    await expect(
      deepSearch({ fetchPage: denied, predicate: () => true, clock: new FakeClock() }),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(denied).toHaveBeenCalledTimes(1);
  });

  it('stops when aborted and keeps what it found', async () => {
    const controller = new AbortController();
    const { fetchPage } = serve(pagesOf(600, 60, () => 'gold'));
    const result = await deepSearch({
      fetchPage,
      predicate: () => true,
      clock: new FakeClock(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.pages === 3) controller.abort();
      },
    });
    expect(result.outcome).toBe('stopped');
    expect(result.matches).toHaveLength(180);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('stops when aborted during a request in flight', async () => {
    const controller = new AbortController();
    const fetchPage = (_token: string | undefined, signal: AbortSignal) =>
      new Promise<DeepSearchPage<U>>((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(new Error('aborted')));
        controller.abort();
      });
    const result = await deepSearch({
      fetchPage,
      predicate: () => true,
      clock: new FakeClock(),
      signal: controller.signal,
    });
    expect(result.outcome).toBe('stopped');
  });

  it('ends early at the match limit', async () => {
    const { fetchPage } = serve(pagesOf(600, 60, () => 'gold'));
    const result = await deepSearch({
      fetchPage,
      predicate: () => true,
      clock: new FakeClock(),
      maxMatches: 100,
    });
    expect(result.outcome).toBe('match-limit');
    expect(result.matches).toHaveLength(100);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });
});

describe('backoffDelay', () => {
  it('doubles up to the cap, with jitter within the upper half', () => {
    expect(backoffDelay(0, 250, 8000, () => 0)).toBe(125);
    expect(backoffDelay(3, 250, 8000, () => 0.999)).toBeCloseTo(1999, 0);
    expect(backoffDelay(10, 250, 8000, () => 0)).toBe(4000);
  });
});
