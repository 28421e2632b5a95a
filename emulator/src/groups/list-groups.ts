import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { groupOutput } from './group-store.ts';
import { pageOf } from './paging.ts';

export function listGroups(
  input: { UserPoolId: string; Limit?: number; NextToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const groups = Object.values(pool.groups).sort((a, b) => compareKeys(a.GroupName, b.GroupName));
  const { page, nextToken } = pageOf(
    groups,
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

/** Code-unit order, the same order pageOf resumes in. */
export const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
