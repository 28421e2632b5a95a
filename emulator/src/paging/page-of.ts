import { invalidParameter } from '../protocol/errors.ts';
import { decodePageToken, encodePageToken } from './page-token.ts';

/** Code-unit order, the order pages resume in. */
export const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One page of `records`, ordered by `keyOf`, after the key a NextToken points to. Limit 0 or
 * absent means the maximum, as AWS treats it.
 */
export function pageOf<T>(
  records: Iterable<T>,
  keyOf: (item: T) => string,
  scope: string,
  limit: number | undefined,
  nextToken: string | undefined,
  max = 60,
): { page: T[]; nextToken?: string } {
  const items = [...records].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  let start = 0;
  if (nextToken !== undefined) {
    const after = decodePageToken(scope, nextToken);
    if (typeof after !== 'string') throw invalidParameter('Invalid pagination token.');
    // The item the token names may be gone since: resume after its old place in the order.
    const index = items.findIndex((item) => keyOf(item) > after);
    start = index === -1 ? items.length : index;
  }
  const size = limit ? Math.min(limit, max) : max;
  const page = items.slice(start, start + size);
  const last = page.at(-1);
  return {
    page,
    ...(start + size < items.length && last
      ? { nextToken: encodePageToken(scope, keyOf(last)) }
      : {}),
  };
}
