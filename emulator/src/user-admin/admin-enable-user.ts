import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { updateUser } from './write-user.ts';

export function adminEnableUser(
  input: { UserPoolId: string; Username: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  updateUser(ctx, pool, user, () => {
    user.Enabled = true;
  });
  return {};
}
