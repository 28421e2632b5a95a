import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { getGroup } from './group-store.ts';

/** Deleting a group takes it off every member; their next tokens no longer carry it. */
export function deleteGroup(input: { UserPoolId: string; GroupName: string }, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  getGroup(pool, input.GroupName);
  delete pool.groups[input.GroupName];
  for (const user of Object.values(pool.users)) {
    if (user.groups.includes(input.GroupName)) {
      user.groups = user.groups.filter((name) => name !== input.GroupName);
    }
  }
  ctx.store.changed();
  return {};
}
