import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { updateUser } from './write-user.ts';

/** Refresh tokens issued before now stop working (tokens/issue.ts reads tokensValidAfter). */
export function adminUserGlobalSignOut(
  input: { UserPoolId: string; Username: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  // Fractional seconds, as refresh tokens record issuedAt, so a token from this same second is revoked.
  updateUser(
    ctx,
    pool,
    user,
    () => {
      user.tokensValidAfter = ctx.now / 1000;
    },
    { stamp: false },
  );
  return {};
}
