import { pageOf } from '../paging/page-of.ts';
import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { userType } from '../user-admin/user-output.ts';
import { getGroup } from './group-store.ts';

export function listUsersInGroup(
  input: { UserPoolId: string; GroupName: string; Limit?: number; NextToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  getGroup(pool, input.GroupName);
  const members = [...pool.users.values()].filter((user) => user.groups.includes(input.GroupName));
  const { page, nextToken } = pageOf(
    members,
    (u) => u.Username,
    `ListUsersInGroup:${input.UserPoolId}:${input.GroupName}`,
    input.Limit,
    input.NextToken,
  );
  return { Users: page.map((u) => userType(u)), ...(nextToken ? { NextToken: nextToken } : {}) };
}
