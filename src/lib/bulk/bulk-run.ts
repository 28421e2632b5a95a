/**
 * Runs one action over a fixed list of users: paced under the action's quota category, a few calls
 * at a time, slowing down when throttled, stoppable. Free of DOM and React (the bench runs it in
 * the page, the unit tests with a fake clock).
 */
import { backoffDelay, isThrottling } from '@/lib/user-search/throttling';
import { systemClock, type Clock } from '@/lib/user-search/pacer';
import { AdaptivePacer } from './adaptive-pacer';

/**
 * - done: the action succeeded (`message` may add a note, e.g. the user was already gone);
 * - failed: AWS refused or failed it (`message` is AWS's `name: message`);
 * - skipped: not attempted, for the reason in `message`;
 * - not-run: Stop came before the user's turn.
 */
export type BulkStatus = 'done' | 'failed' | 'skipped' | 'not-run';

export interface BulkResult {
  username: string;
  status: BulkStatus;
  message?: string;
}

export interface BulkProgress {
  total: number;
  done: number;
  failed: number;
  skipped: number;
  /** Users not finished yet (waiting or in flight). */
  remaining: number;
  /** Throttled calls, each retried after a backoff. */
  throttled: number;
  /** Users finished per second since the start. */
  usersPerSecond: number;
  /** The pace now, in calls per second (lower than the target after throttling). */
  pace: number;
}

/** What a done action may report; undefined is a plain success. */
export type ActionNote = string | undefined | void;

export interface BulkRunOptions {
  usernames: readonly string[];
  /** The action on one user. It must not retry by itself: this runner paces and retries. */
  act: (username: string) => Promise<ActionNote>;
  /** Calls per second aimed for, under the quota category's ceiling. */
  ratePerSecond: number;
  /** Calls in flight at once; default 8. */
  concurrency?: number;
  /** A reason not to act on this user, or undefined to act. */
  skip?: (username: string) => string | undefined;
  /** Stop: no new calls; the calls in flight finish and are recorded. */
  signal?: AbortSignal;
  onProgress?: (progress: BulkProgress, finished: readonly BulkResult[]) => void;
  /** Throttled attempts of one user before it counts as failed; default 10. */
  maxThrottleRetries?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  clock?: Clock;
  random?: () => number;
}

export interface BulkRunOutcome {
  stopped: boolean;
  /** One per distinct username, in the order given. */
  results: BulkResult[];
  progress: BulkProgress;
}

/** Each name once, first occurrence kept: a bulk action never acts on a user twice. */
export function distinctUsernames(usernames: readonly string[]): string[] {
  return [...new Set(usernames)];
}

/** `Name: message`, as AWS names the failure. */
export function describeFailure(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  const label = typeof name === 'string' && name ? name : 'Error';
  const text = typeof message === 'string' ? message.trim() : '';
  return text ? `${label}: ${text}` : label;
}

export async function runBulk(options: BulkRunOptions): Promise<BulkRunOutcome> {
  const {
    act,
    ratePerSecond,
    concurrency = 8,
    skip,
    signal,
    onProgress,
    maxThrottleRetries = 10,
    baseBackoffMs = 250,
    maxBackoffMs = 8000,
    clock = systemClock,
    random = Math.random,
  } = options;
  const usernames = distinctUsernames(options.usernames);
  const pacer = new AdaptivePacer({ ratePerSecond, clock });
  const results = new Map<string, BulkResult>();
  const counts = { done: 0, failed: 0, skipped: 0, throttled: 0 };
  const started = clock.now();

  const progress = (): BulkProgress => {
    const finished = counts.done + counts.failed + counts.skipped;
    const seconds = (clock.now() - started) / 1000;
    return {
      total: usernames.length,
      ...counts,
      remaining: usernames.length - finished,
      usersPerSecond: seconds > 0 ? (counts.done + counts.failed) / seconds : 0,
      pace: pacer.rate,
    };
  };
  const finish = (result: BulkResult) => {
    results.set(result.username, result);
    if (result.status !== 'not-run') counts[result.status]++;
    onProgress?.(progress(), [result]);
  };

  const queue: string[] = [];
  for (const username of usernames) {
    const reason = skip?.(username);
    if (reason) finish({ username, status: 'skipped', message: reason });
    else queue.push(username);
  }

  const stopped = () => signal?.aborted === true;

  const actOn = async (username: string) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await pacer.take(signal);
      } catch {
        return; // Stopped while waiting for a slot: not acted on.
      }
      try {
        const note = await act(username);
        pacer.succeeded();
        finish({ username, status: 'done', ...(note ? { message: note } : {}) });
        return;
      } catch (error) {
        // A throttled call did not act, so the user is tried again, after a pause.
        if (!isThrottling(error) || attempt >= maxThrottleRetries) {
          finish({ username, status: 'failed', message: describeFailure(error) });
          return;
        }
        counts.throttled++;
        pacer.throttled();
        onProgress?.(progress(), []);
        try {
          await clock.sleep(backoffDelay(attempt, baseBackoffMs, maxBackoffMs, random), signal);
        } catch {
          return;
        }
      }
    }
  };

  const worker = async () => {
    for (let username = queue.shift(); username !== undefined; username = queue.shift()) {
      if (stopped()) return;
      await actOn(username);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));

  const ordered = usernames.map(
    (username) =>
      results.get(username) ?? {
        username,
        status: 'not-run' as const,
        message: 'Not run: stopped before its turn.',
      },
  );
  return { stopped: stopped(), results: ordered, progress: progress() };
}
