/**
 * Deep search: pages through ListUsers (no filter) and keeps the users a predicate accepts, for
 * what Cognito cannot filter (custom attributes, "contains", several attributes at once).
 * Free of DOM and React so it also runs in Node (the benchmark imports it).
 */
import { walkPages } from './page-walk';
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

  try {
    const pages = walkPages<User>({
      fetchPage: async (token, pageSignal) => {
        const page = await fetchPage(token, pageSignal);
        return { items: page.users, nextToken: page.nextToken };
      },
      bucket,
      signal,
      onThrottle: () => progress.throttled++,
      maxThrottleRetries,
      baseBackoffMs,
      maxBackoffMs,
      clock,
      random,
    });
    for await (const users of pages) {
      const found: User[] = [];
      for (const user of users) {
        if (matches.length + found.length >= maxMatches) break;
        if (predicate(user)) found.push(user);
      }
      matches.push(...found);
      progress.pages++;
      progress.scanned += users.length;
      progress.matches = matches.length;
      onProgress?.({ ...progress }, found);
      if (matches.length >= maxMatches) return result('match-limit');
    }
  } catch (error) {
    if (signal.aborted) return result('stopped');
    throw error;
  }
  return result('complete');
}
