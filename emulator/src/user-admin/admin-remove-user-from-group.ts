import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { requireGroup, type MembershipInput } from './membership.ts';
import { updateUser } from './write-user.ts';

export function adminRemoveUserFromGroup(input: MembershipInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  requireGroup(pool, input.GroupName);
  if (user.groups.includes(input.GroupName)) {
    updateUser(ctx, pool, user, () => {
      user.groups = user.groups.filter((g) => g !== input.GroupName);
    });
  }
  return {};
}
