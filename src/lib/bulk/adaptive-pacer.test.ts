import { describe, expect, it } from 'vitest';
import { FakeClock } from '@/lib/user-search/fake-clock';
import { AdaptivePacer } from './adaptive-pacer';

describe('AdaptivePacer', () => {
  it('spaces calls 1/rate apart', async () => {
    const clock = new FakeClock();
    const pacer = new AdaptivePacer({ ratePerSecond: 25, clock });
    for (let i = 0; i < 26; i++) await pacer.take();
    expect(clock.time).toBeCloseTo(1000, 6);
  });

  it('slows down once per burst of throttles, never under its floor', () => {
    const clock = new FakeClock();
    const pacer = new AdaptivePacer({ ratePerSecond: 20, clock });
    pacer.throttled();
    pacer.throttled();
    pacer.throttled();
    expect(pacer.rate).toBeCloseTo(14, 6);
    for (let i = 0; i < 20; i++) {
      clock.time += 1000;
      pacer.throttled();
    }
    expect(pacer.rate).toBeCloseTo(4, 6);
  });

  it('wins its pace back slowly after calm seconds', () => {
    const clock = new FakeClock();
    const pacer = new AdaptivePacer({ ratePerSecond: 20, clock });
    pacer.throttled();
    clock.time += 1000;
    pacer.succeeded();
    expect(pacer.rate).toBeCloseTo(14, 6);
    clock.time += 1000;
    pacer.succeeded();
    pacer.succeeded();
    expect(pacer.rate).toBeCloseTo(16, 6);
    for (let i = 0; i < 10; i++) {
      clock.time += 1000;
      pacer.succeeded();
    }
    expect(pacer.rate).toBe(20);
  });
});
