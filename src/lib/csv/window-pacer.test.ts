import { describe, expect, it } from 'vitest';
import { FakeClock } from '@/lib/user-search/fake-clock';
import { WindowPacer } from './window-pacer';

describe('WindowPacer', () => {
  it('lets `limit` requests through at once, then one more as each leaves the window', async () => {
    const clock = new FakeClock();
    const pacer = new WindowPacer(3, 1000, clock);
    const starts: number[] = [];
    for (let i = 0; i < 7; i++) {
      await pacer.take();
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });

  it('never holds more than `limit` requests in any window, late or not', async () => {
    const clock = new FakeClock();
    const pacer = new WindowPacer(29, 1000, clock);
    const starts: number[] = [];
    for (let i = 0; i < 200; i++) {
      await pacer.take();
      starts.push(clock.now());
      clock.time += (i * 37) % 90; // callers arrive unevenly
    }
    for (const [i, start] of starts.entries()) {
      const inWindow = starts.filter((s, j) => j >= i && s < start + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(29);
    }
  });

  it('stops waiting when the signal aborts', async () => {
    const clock = new FakeClock();
    const pacer = new WindowPacer(1, 1000, clock);
    await pacer.take();
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(pacer.take(controller.signal)).rejects.toThrow('cancelled');
  });
});
