import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { updateUser } from './write-user.ts';

export function adminConfirmSignUp(
  input: { UserPoolId: string; Username: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  if (user.UserStatus !== 'UNCONFIRMED') {
    throw notAuthorized(`User cannot be confirmed. Current status is ${user.UserStatus}`);
  }
  updateUser(ctx, pool, user, () => {
    user.UserStatus = 'CONFIRMED';
  });
  return {};
}
