/**
 * Token buckets by key: each key holds up to `rate` tokens (one second's worth, the burst a
 * per-second quota allows) and regains `rate` tokens per second. Pure: the caller passes the clock.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** Takes one token from `key`'s bucket; false (nothing taken) when it is empty. */
  take(key: string, ratePerSecond: number, nowMs: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: ratePerSecond, at: nowMs };
    const elapsed = Math.max(0, nowMs - bucket.at) / 1000;
    bucket.tokens = Math.min(ratePerSecond, bucket.tokens + elapsed * ratePerSecond);
    bucket.at = Math.max(bucket.at, nowMs);
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Gives a token back (a request refused by a later check did not use its quota). */
  giveBack(key: string, ratePerSecond: number): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(ratePerSecond, bucket.tokens + 1);
  }

  clear(): void {
    this.buckets.clear();
  }
}
