import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { getGroup } from './group-store.ts';

/** Deleting a group takes it off every member; their next tokens no longer carry it. */
export function deleteGroup(input: { UserPoolId: string; GroupName: string }, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  getGroup(pool, input.GroupName);
  pool.groups.delete(input.GroupName);
  ctx.store.touch('groups', pool.pool.Id, input.GroupName);
  for (const user of pool.users.values()) {
    if (!user.groups.includes(input.GroupName)) continue;
    updateUser(
      ctx,
      pool,
      user,
      () => {
        user.groups = user.groups.filter((name) => name !== input.GroupName);
      },
      { stamp: false },
    );
  }
  return {};
}
