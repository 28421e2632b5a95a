import type { Clock } from './pacer';

/** A test clock: time moves only when someone sleeps (or a test moves it). */
export class FakeClock implements Clock {
  time = 0;
  sleeps: number[] = [];
  now = () => this.time;
  sleep = (ms: number, signal?: AbortSignal) => {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    this.time += ms;
    return Promise.resolve();
  };
}
