import type { RequestContext } from '../protocol/context.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { updateUser } from './write-user.ts';

/** Refresh tokens issued before now stop working (tokens/issue.ts reads tokensValidAfter). */
export function adminUserGlobalSignOut(
  input: { UserPoolId: string; Username: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  signOutEverywhere(ctx, pool, requireUser(pool, input.Username));
  return {};
}

/** Every refresh token of the user stops working, and the tokens issued so far are refused. */
export function signOutEverywhere(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
): void {
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
}
