import { pageOf } from '../paging/page-of.ts';
import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { groupOutput } from './group-store.ts';

export function listGroups(
  input: { UserPoolId: string; Limit?: number; NextToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, nextToken } = pageOf(
    pool.groups.values(),
    (g) => g.GroupName,
    `ListGroups:${input.UserPoolId}`,
    input.Limit,
    input.NextToken,
  );
  return {
    Groups: page.map((g) => groupOutput(input.UserPoolId, g)),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}
