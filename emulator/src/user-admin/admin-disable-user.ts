import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { updateUser } from './write-user.ts';

/** A disabled user cannot sign in; sign-in and token checks read `Enabled`. */
export function adminDisableUser(
  input: { UserPoolId: string; Username: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  updateUser(ctx, pool, user, () => {
    user.Enabled = false;
  });
  return {};
}
