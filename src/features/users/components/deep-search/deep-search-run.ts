import {
  deepSearch,
  type DeepSearchOutcome,
  type DeepSearchPage,
  type DeepSearchProgress,
} from '@/lib/user-search/deep-search';
import { toListedUser, type ListedUser, type RawUser } from '@/api/users/list-users';

/** Matches kept at most; past that the scan ends and asks for narrower conditions. */
export const DEEP_SEARCH_MAX_MATCHES = 2000;

/** Screen readers hear progress at most this often (every page would be noise). */
const ANNOUNCE_EVERY_MS = 3000;

export interface DeepSearchSnapshot {
  status: 'idle' | 'running' | DeepSearchOutcome | 'error';
  progress: DeepSearchProgress;
  matches: readonly ListedUser[];
  error?: unknown;
  /** Text for the live region: changes on start and end, and every few seconds while running. */
  announcement: string;
}

const emptyProgress: DeepSearchProgress = { pages: 0, scanned: 0, matches: 0, throttled: 0 };
const count = new Intl.NumberFormat();

export function describeProgress({ scanned, matches }: DeepSearchProgress): string {
  return `Scanned ${count.format(scanned)} ${scanned === 1 ? 'user' : 'users'} · ${count.format(matches)} ${matches === 1 ? 'match' : 'matches'}`;
}

type FetchPage = (
  token: string | undefined,
  signal: AbortSignal,
) => Promise<DeepSearchPage<RawUser>>;

/**
 * One deep search at a time, as an external store (useSyncExternalStore): the scan outlives
 * renders, Stop aborts it and its matches stay.
 */
export class DeepSearchRun {
  private snapshot: DeepSearchSnapshot = {
    status: 'idle',
    progress: emptyProgress,
    matches: [],
    announcement: '',
  };
  private listeners = new Set<() => void>();
  private controller?: AbortController;
  private lastAnnounced = 0;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private update(next: Partial<DeepSearchSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  start(fetchPage: FetchPage, predicate: (user: RawUser) => boolean) {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.lastAnnounced = Date.now();
    this.update({
      status: 'running',
      progress: emptyProgress,
      matches: [],
      error: undefined,
      announcement: 'Deep search started.',
    });
    const current = () => this.controller === controller;
    deepSearch({
      fetchPage,
      predicate,
      signal: controller.signal,
      maxMatches: DEEP_SEARCH_MAX_MATCHES,
      onProgress: (progress, found) => {
        if (!current()) return;
        const now = Date.now();
        const announce = now - this.lastAnnounced >= ANNOUNCE_EVERY_MS;
        if (announce) this.lastAnnounced = now;
        this.update({
          progress,
          matches: found.length
            ? [...this.snapshot.matches, ...found.map(toListedUser)]
            : this.snapshot.matches,
          ...(announce ? { announcement: `${describeProgress(progress)}.` } : {}),
        });
      },
    }).then(
      ({ outcome, progress }) => {
        if (!current()) return;
        const words = { complete: 'Finished', stopped: 'Stopped', 'match-limit': 'Stopped' };
        this.update({
          status: outcome,
          progress,
          announcement: `Deep search ${words[outcome].toLowerCase()}. ${describeProgress(progress)}.`,
        });
      },
      (error: unknown) => {
        if (!current()) return;
        this.update({ status: 'error', error, announcement: 'Deep search failed.' });
      },
    );
  }

  /** Ends the scan in flight; what it found so far stays. */
  stop() {
    this.controller?.abort();
  }
}
