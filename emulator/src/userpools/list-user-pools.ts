import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { decodePageToken, encodePageToken } from '../paging/page-token.ts';
import { regionOfPool } from './pool-store.ts';

interface Cursor {
  created: number;
  id: string;
}

/** Oldest first, ties by id: stable across calls, so a cursor never skips or repeats a pool. */
function compare(a: Cursor, b: Cursor): number {
  return a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function listUserPools(
  input: { MaxResults: number; NextToken?: string },
  ctx: RequestContext,
) {
  const scope = `ListUserPools:${ctx.region}`;
  let after: Cursor | undefined;
  if (input.NextToken !== undefined) {
    after = decodePageToken(scope, input.NextToken) as Cursor | undefined;
    if (!after) throw invalidParameter('Invalid pagination token.');
  }
  const pools = [...ctx.store.state.userPools.values()]
    .filter((record) => regionOfPool(record.pool.Id) === ctx.region)
    .map((record) => ({
      record,
      cursor: { created: Number(record.pool.CreationDate), id: record.pool.Id },
    }))
    .sort((a, b) => compare(a.cursor, b.cursor))
    .filter(({ cursor }) => !after || compare(cursor, after) > 0);

  const page = pools.slice(0, input.MaxResults);
  const last = page.at(-1);
  return {
    UserPools: page.map(({ record }) => ({
      Id: record.pool.Id,
      Name: record.pool.Name,
      LambdaConfig: record.pool.LambdaConfig ?? {},
      LastModifiedDate: record.pool.LastModifiedDate,
      CreationDate: record.pool.CreationDate,
    })),
    ...(pools.length > page.length && last
      ? { NextToken: encodePageToken(scope, last.cursor) }
      : {}),
  };
}
