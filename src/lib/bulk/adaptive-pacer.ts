import { systemClock, type Clock } from '@/lib/user-search/pacer';

export interface AdaptivePacerOptions {
  /** The pace aimed for, under the quota category's ceiling. */
  ratePerSecond: number;
  /** The slowest it backs off to, as a share of `ratePerSecond`; default 0.2. */
  floorShare?: number;
  clock?: Clock;
}

/** A throttle burst counts once: slowing down again takes this long. */
const DECREASE_EVERY_MS = 1000;
/** Speeding up waits this long after the last throttle, then climbs a step per interval. */
const CALM_BEFORE_INCREASE_MS = 2000;
const INCREASE_EVERY_MS = 1000;
const DECREASE_FACTOR = 0.7;
const INCREASE_SHARE = 0.1;

/**
 * Spaces calls evenly at a rate that adapts: a throttle (TooManyRequestsException) cuts the rate
 * (at most once a second, so one burst of throttled answers counts once), and calm seconds win it
 * back a tenth of the target at a time. Capacity 1: no burst, so no second holds more than the
 * rate + 1 calls.
 */
export class AdaptivePacer {
  readonly target: number;
  private current: number;
  private readonly floor: number;
  private readonly clock: Clock;
  private nextSlot: number;
  private lastDecrease = -Infinity;
  private lastThrottle = -Infinity;
  private lastIncrease = -Infinity;

  constructor({ ratePerSecond, floorShare = 0.2, clock = systemClock }: AdaptivePacerOptions) {
    if (!(ratePerSecond > 0)) throw new RangeError('ratePerSecond must be above 0.');
    this.target = ratePerSecond;
    this.current = ratePerSecond;
    this.floor = Math.min(ratePerSecond, Math.max(ratePerSecond * floorShare, 0.5));
    this.clock = clock;
    this.nextSlot = clock.now();
  }

  /** Calls per second it paces at now. */
  get rate(): number {
    return this.current;
  }

  /** Waits for this call's slot. Rejects with the signal's reason if it aborts first. */
  async take(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + 1000 / this.current;
    if (slot > now) await this.clock.sleep(slot - now, signal);
  }

  throttled(): void {
    const now = this.clock.now();
    this.lastThrottle = now;
    if (now - this.lastDecrease < DECREASE_EVERY_MS) return;
    this.lastDecrease = now;
    this.current = Math.max(this.floor, this.current * DECREASE_FACTOR);
  }

  succeeded(): void {
    if (this.current >= this.target) return;
    const now = this.clock.now();
    if (now - this.lastThrottle < CALM_BEFORE_INCREASE_MS) return;
    if (now - this.lastIncrease < INCREASE_EVERY_MS) return;
    this.lastIncrease = now;
    this.current = Math.min(this.target, this.current + this.target * INCREASE_SHARE);
  }
}
