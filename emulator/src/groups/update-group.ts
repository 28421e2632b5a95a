import type { RequestContext } from '../protocol/context.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import type { GroupInput } from './create-group.ts';
import { getGroup, groupOutput } from './group-store.ts';

/**
 * Changes only what the request sends: an omitted Description, RoleArn or Precedence is kept
 * (and RoleArn's 20-character minimum means a role cannot be cleared with "").
 */
export function updateGroup(input: GroupInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const group = getGroup(pool, input.GroupName);
  if (input.Description !== undefined) group.Description = input.Description;
  if (input.RoleArn !== undefined) group.RoleArn = input.RoleArn;
  if (input.Precedence !== undefined) group.Precedence = input.Precedence;
  group.LastModifiedDate = epochSeconds(ctx.now);
  ctx.store.touch('groups', pool.pool.Id, group.GroupName);
  return { Group: groupOutput(input.UserPoolId, group) };
}
