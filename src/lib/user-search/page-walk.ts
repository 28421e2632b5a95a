/**
 * Walks a paged Cognito list one page at a time, paced by a shared token bucket and waiting out
 * throttling with jittered backoff. An async generator, so a caller can stream a million users
 * without holding them: each page is handed on and forgotten. Free of DOM and React.
 */
import { backoffDelay, isThrottling } from './throttling';
import { systemClock, type Clock, type TokenBucket } from './pacer';

export interface WalkedPage<Item> {
  items: readonly Item[];
  /** The next page's token; null, undefined or '' when this was the last page. */
  nextToken?: string | null;
}

export interface PageWalkOptions<Item> {
  /** One list call; pass `signal` on so an abort cancels the request in flight. */
  fetchPage: (token: string | undefined, signal: AbortSignal) => Promise<WalkedPage<Item>>;
  /** Shared by every walk of one run, so several walks together stay under the quota. */
  bucket: TokenBucket;
  signal: AbortSignal;
  /** Called each time a throttled request is waited out. */
  onThrottle?: () => void;
  /** Throttled attempts of one page before giving up; default 8. */
  maxThrottleRetries?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  clock?: Clock;
  random?: () => number;
}

/** Yields every page (empty ones included) until one comes without a token. Throws on abort. */
export async function* walkPages<Item>(
  options: PageWalkOptions<Item>,
): AsyncGenerator<readonly Item[]> {
  const {
    fetchPage,
    bucket,
    signal,
    onThrottle,
    maxThrottleRetries = 8,
    baseBackoffMs = 250,
    maxBackoffMs = 8000,
    clock = systemClock,
    random = Math.random,
  } = options;
  let token: string | undefined;
  do {
    let page: WalkedPage<Item> | undefined;
    for (let attempt = 0; !page; attempt++) {
      await bucket.take(signal);
      try {
        page = await fetchPage(token, signal);
      } catch (error) {
        if (signal.aborted || !isThrottling(error) || attempt >= maxThrottleRetries) throw error;
        onThrottle?.();
        await clock.sleep(backoffDelay(attempt, baseBackoffMs, maxBackoffMs, random), signal);
      }
    }
    signal.throwIfAborted();
    yield page.items;
    // Cognito can return empty pages that still carry a token: only a missing token ends it.
    token = page.nextToken || undefined;
  } while (token !== undefined);
}
