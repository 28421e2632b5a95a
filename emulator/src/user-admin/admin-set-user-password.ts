import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { assertPasswordConforms, passwordRecord } from '../users/password.ts';
import { updateUser } from './write-user.ts';

export function adminSetUserPassword(
  input: { UserPoolId: string; Username: string; Password: string; Permanent?: boolean },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  assertPasswordConforms(pool, input.Password);
  const permanent = input.Permanent === true;
  updateUser(ctx, pool, user, () => {
    user.password = passwordRecord(
      pool.pool.Id,
      user.Username,
      input.Password,
      !permanent,
      ctx.now,
    );
    user.UserStatus = permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
  });
  return {};
}
