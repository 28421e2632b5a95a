/**
 * Deep search: pages through ListUsers (no filter) and keeps the users a predicate accepts, for
 * what Cognito cannot filter (custom attributes, "contains", several attributes at once).
 * Free of DOM and React so it also runs in Node (the benchmark imports it).
 */
import { systemClock, TokenBucket, type Clock } from './pacer';

export interface DeepSearchPage<User> {
  users: readonly User[];
  /** The next page's token; null, undefined or '' when this was the last page. */
  nextToken?: string | null;
}

export interface DeepSearchProgress {
  /** Pages received (empty ones included). */
  pages: number;
  /** Users looked at. */
  scanned: number;
  matches: number;
  /** Throttled requests that were waited out and retried. */
  throttled: number;
}

export type DeepSearchOutcome = 'complete' | 'stopped' | 'match-limit';

export interface DeepSearchResult<User> {
  outcome: DeepSearchOutcome;
  matches: User[];
  progress: DeepSearchProgress;
}

export interface DeepSearchOptions<User> {
  /** One ListUsers call; pass `signal` on so Stop cancels the request in flight. */
  fetchPage: (token: string | undefined, signal: AbortSignal) => Promise<DeepSearchPage<User>>;
  predicate: (user: User) => boolean;
  /** Stop: the search resolves with what it found so far (outcome 'stopped'). */
  signal?: AbortSignal;
  /** Pacing; default 25, under ListUsers' quota of 30 per second per account. */
  requestsPerSecond?: number;
  /** Called after every page with the progress and that page's new matches. */
  onProgress?: (progress: DeepSearchProgress, newMatches: readonly User[]) => void;
  /** Ends the scan early once this many users matched (keeps memory and the UI bounded). */
  maxMatches?: number;
  /** Throttled attempts of one page before giving up; default 8. */
  maxThrottleRetries?: number;
  /** First backoff after a throttle, doubled each time (with jitter) up to `maxBackoffMs`. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  clock?: Clock;
  /** 0 ≤ x < 1; injectable for tests. */
  random?: () => number;
}

export const DEFAULT_REQUESTS_PER_SECOND = 25;

const THROTTLING_ERRORS = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
]);

export function isThrottling(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && THROTTLING_ERRORS.has(name);
}

/** Exponential backoff with "equal jitter": half fixed, half random, capped. */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return ceiling / 2 + (random() * ceiling) / 2;
}

export async function deepSearch<User>(
  options: DeepSearchOptions<User>,
): Promise<DeepSearchResult<User>> {
  const {
    fetchPage,
    predicate,
    signal = new AbortController().signal,
    requestsPerSecond = DEFAULT_REQUESTS_PER_SECOND,
    onProgress,
    maxMatches = Infinity,
    maxThrottleRetries = 8,
    baseBackoffMs = 250,
    maxBackoffMs = 8000,
    clock = systemClock,
    random = Math.random,
  } = options;
  const bucket = new TokenBucket(requestsPerSecond, 1, clock);
  const matches: User[] = [];
  const progress: DeepSearchProgress = { pages: 0, scanned: 0, matches: 0, throttled: 0 };
  const result = (outcome: DeepSearchOutcome): DeepSearchResult<User> => ({
    outcome,
    matches,
    progress: { ...progress },
  });

  let token: string | undefined;
  try {
    do {
      let page: DeepSearchPage<User> | undefined;
      for (let attempt = 0; !page; attempt++) {
        await bucket.take(signal);
        try {
          page = await fetchPage(token, signal);
        } catch (error) {
          if (signal.aborted) throw error;
          if (!isThrottling(error) || attempt >= maxThrottleRetries) throw error;
          progress.throttled++;
          await clock.sleep(backoffDelay(attempt, baseBackoffMs, maxBackoffMs, random), signal);
        }
      }
      signal.throwIfAborted();
      const found: User[] = [];
      for (const user of page.users) {
        if (matches.length + found.length >= maxMatches) break;
        if (predicate(user)) found.push(user);
      }
      matches.push(...found);
      progress.pages++;
      progress.scanned += page.users.length;
      progress.matches = matches.length;
      onProgress?.({ ...progress }, found);
      if (matches.length >= maxMatches) return result('match-limit');
      // Cognito can return empty pages that still carry a token: only a missing token ends it.
      token = page.nextToken || undefined;
    } while (token !== undefined);
  } catch (error) {
    if (signal.aborted) return result('stopped');
    throw error;
  }
  return result('complete');
}
