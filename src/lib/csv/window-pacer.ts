import { systemClock, type Clock } from '@/lib/user-search/pacer';

/**
 * At most `limit` requests in any `windowMs`: Cognito's quotas are requests per second, and a
 * token bucket of capacity one loses every late timer's worth of throughput on a busy page, while
 * this window makes up for a late start without ever holding more than `limit` in a second.
 * Shared by several walks running side by side.
 */
export class WindowPacer {
  /** When the requests of the current window started, oldest first. */
  private readonly starts: number[] = [];

  constructor(
    readonly limit: number,
    readonly windowMs = 1000,
    private readonly clock: Clock = systemClock,
  ) {
    if (!(limit >= 1)) throw new RangeError('limit must be at least 1.');
  }

  /** Waits until the window has room, and takes a place in it. */
  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock.now();
      while (this.starts.length > 0 && this.starts[0]! + this.windowMs <= now) this.starts.shift();
      if (this.starts.length < this.limit) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep(this.starts[0]! + this.windowMs - now, signal);
    }
  }
}
