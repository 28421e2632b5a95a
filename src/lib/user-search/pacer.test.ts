import { describe, expect, it } from 'vitest';
import { FakeClock } from './fake-clock';
import { TokenBucket } from './pacer';

describe('TokenBucket', () => {
  it('lets the first request through at once, then spaces them 1/rate apart', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(25, 1, clock);
    const times: number[] = [];
    for (let i = 0; i < 101; i++) {
      await bucket.take();
      times.push(clock.time);
    }
    expect(times[0]).toBe(0);
    expect(times[100]).toBeCloseTo(4000, 6);
    // No one-second window ever holds more than 25 (+1 at its edge) requests.
    for (const start of times) {
      expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(25);
    }
  });

  it('does not wait when requests are slower than the rate', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(25, 1, clock);
    await bucket.take();
    clock.time += 100;
    await bucket.take();
    clock.time += 41;
    await bucket.take();
    expect(clock.sleeps).toEqual([]);
  });

  it('allows a burst up to its capacity, and no more', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(10, 3, clock);
    for (let i = 0; i < 3; i++) await bucket.take();
    expect(clock.time).toBe(0);
    await bucket.take();
    expect(clock.time).toBeCloseTo(100, 6);
  });

  it('gives up waiting when aborted', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(1, 1, clock);
    const controller = new AbortController();
    await bucket.take(controller.signal);
    controller.abort();
    await expect(bucket.take(controller.signal)).rejects.toThrow();
  });

  it('refuses a rate that is not positive', () => {
    expect(() => new TokenBucket(0)).toThrow(RangeError);
  });
});
