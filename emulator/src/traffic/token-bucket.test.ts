import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';

const takeAll = (buckets: TokenBuckets, key: string, rate: number, now: number, tries: number) =>
  Array.from({ length: tries }, () => buckets.take(key, rate, now)).filter(Boolean).length;

describe('TokenBuckets', () => {
  it('allows a burst of one second of requests, then refuses', () => {
    const buckets = new TokenBuckets();
    expect(takeAll(buckets, 'a', 30, 0, 100)).toBe(30);
    expect(buckets.take('a', 30, 0)).toBe(false);
  });

  it('refills at the rate: 30 per second gives 3 more after 100 ms', () => {
    const buckets = new TokenBuckets();
    takeAll(buckets, 'a', 30, 1_000, 30);
    expect(takeAll(buckets, 'a', 30, 1_100, 10)).toBe(3);
  });

  it('never holds more than one second of tokens after a long pause', () => {
    const buckets = new TokenBuckets();
    takeAll(buckets, 'a', 15, 0, 15);
    expect(takeAll(buckets, 'a', 15, 60_000, 100)).toBe(15);
  });

  it('keeps keys apart: one exhausted category leaves another untouched', () => {
    const buckets = new TokenBuckets();
    takeAll(buckets, 'acct|UserList', 30, 0, 30);
    expect(buckets.take('acct|UserList', 30, 0)).toBe(false);
    expect(buckets.take('acct|UserRead', 120, 0)).toBe(true);
  });

  it('sustains the rate over time and no more', () => {
    const buckets = new TokenBuckets();
    let allowed = 0;
    // 10 seconds of 1,000 tries per second at 25 RPS: the burst, then 25 a second.
    for (let ms = 0; ms < 10_000; ms += 1) allowed += buckets.take('k', 25, ms) ? 1 : 0;
    expect(allowed).toBeGreaterThanOrEqual(25 * 10);
    expect(allowed).toBeLessThanOrEqual(25 * 11);
  });

  it('a token given back can be used again', () => {
    const buckets = new TokenBuckets();
    takeAll(buckets, 'k', 5, 0, 5);
    buckets.giveBack('k', 5);
    expect(buckets.take('k', 5, 0)).toBe(true);
    expect(buckets.take('k', 5, 0)).toBe(false);
  });
});
