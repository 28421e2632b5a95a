import type { RawUser } from '@/api/users/list-users';
import { streamUsers, type StreamProgress, type UserSource } from '@/api/users/stream-users';
import { pacedMerge } from '@/lib/csv/paced-merge';
import { WindowPacer } from '@/lib/csv/window-pacer';

/** A sub is a UUID in lower-case hex: these sixteen prefixes split any pool with no overlap. */
const SUB_PREFIXES = [...'0123456789abcdef'];

const sum = (progresses: StreamProgress[]): StreamProgress => ({
  pages: progresses.reduce((n, p) => n + p.pages, 0),
  scanned: progresses.reduce((n, p) => n + p.scanned, 0),
  yielded: progresses.reduce((n, p) => n + p.yielded, 0),
  throttled: progresses.reduce((n, p) => n + p.throttled, 0),
});

/**
 * The users an export writes, page by page. A whole pool is read as sixteen ListUsers walks side
 * by side, one per first character of the sub (`sub ^= "0"` … `"f"`), asked for pages at the one
 * rate, at most that many requests in any second: a walk waits for its answer before it can ask
 * for the next page, so a single walk's speed is one request's round trip, while sixteen reach the
 * chosen rate whatever the latency. Other
 * sources (a filter, a lookup, a deep search) are one stream.
 */
export function exportPages(
  poolId: string,
  source: UserSource,
  {
    signal,
    requestsPerSecond,
    onProgress,
  }: {
    signal: AbortSignal;
    requestsPerSecond: number;
    onProgress: (progress: StreamProgress) => void;
  },
): AsyncIterable<RawUser[]> {
  if (source.kind !== 'pool')
    return streamUsers(poolId, source, { signal, requestsPerSecond, onProgress });
  const progresses = SUB_PREFIXES.map(() => ({ pages: 0, scanned: 0, yielded: 0, throttled: 0 }));
  const walks = SUB_PREFIXES.map((prefix, i) =>
    streamUsers(
      poolId,
      { kind: 'filter', filter: { attribute: 'sub', operator: 'startsWith', value: prefix } },
      {
        signal,
        // The shared pace below decides when each walk asks; this only spaces a walk's own
        // pages past empty ones.
        requestsPerSecond,
        onProgress: (progress) => {
          progresses[i] = progress;
          onProgress(sum(progresses));
        },
      },
    ),
  );
  return pacedMerge(walks, new WindowPacer(requestsPerSecond), signal);
}
