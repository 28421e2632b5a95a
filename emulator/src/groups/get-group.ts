import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { getGroup, groupOutput } from './group-store.ts';

export function getGroupOperation(
  input: { UserPoolId: string; GroupName: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  return { Group: groupOutput(input.UserPoolId, getGroup(pool, input.GroupName)) };
}
