import { userDisabled } from '../auth/auth-errors.ts';
import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized, userNotFound } from '../protocol/errors.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { verifyUserPoolToken, type UserPoolClaims } from '../tokens/verify.ts';

const USER_ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

export interface TokenUser {
  pool: UserPoolRecord;
  user: UserRecord;
  claims: UserPoolClaims;
}

/**
 * The user an access token speaks for: signature, expiry and revocation checked, and the scope
 * that lets a token manage its own user (aws.cognito.signin.user.admin).
 */
export async function userOfAccessToken(ctx: RequestContext, token: string): Promise<TokenUser> {
  const claims = await verifyUserPoolToken(ctx.store, token, {
    expectedUse: 'access',
    now: ctx.now,
  });
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
  if (!scopes.includes(USER_ADMIN_SCOPE))
    throw notAuthorized('Access Token does not have required scopes');
  const poolId = claims.iss.slice(claims.iss.lastIndexOf('/') + 1);
  const pool = ctx.store.state.userPools.get(poolId)!;
  const user = typeof claims.username === 'string' ? pool.users.get(claims.username) : undefined;
  if (!user) throw userNotFound();
  if (!user.Enabled) throw userDisabled();
  return { pool, user, claims };
}
