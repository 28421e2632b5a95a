import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { decodePageToken, encodePageToken } from '../paging/page-token.ts';
import { getPool } from '../userpools/pool-store.ts';
import { groupOutput } from '../groups/group-store.ts';
import { requireUser } from './find-user.ts';

/** The user's groups by name, Limit at a time (default and most 60), with NextToken. */
export function adminListGroupsForUser(
  input: { UserPoolId: string; Username: string; Limit?: number; NextToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const scope = `AdminListGroupsForUser:${pool.pool.Id}:${user.Username}`;
  let after = '';
  if (input.NextToken !== undefined) {
    const decoded = decodePageToken(scope, input.NextToken);
    if (typeof decoded !== 'string') throw invalidParameter('Invalid pagination token.');
    after = decoded;
  }
  const limit = input.Limit || 60;
  const names = user.groups
    .filter((name) => pool.groups.has(name) && name > after)
    .sort((a, b) => (a < b ? -1 : 1));
  const page = names.slice(0, limit);
  const last = page.at(-1);
  return {
    Groups: page.map((name) => groupOutput(pool.pool.Id, pool.groups.get(name)!)),
    ...(names.length > page.length && last ? { NextToken: encodePageToken(scope, last) } : {}),
  };
}
