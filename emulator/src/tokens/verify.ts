import { compactVerify, decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose';
import { notAuthorized } from '../protocol/errors.ts';
import type { Store } from '../store/store.ts';
import type { UserPoolRecord } from '../store/types.ts';
import { issuerOf } from './issuer.ts';
import { publicKeyOf } from './keys.ts';
import { isFamilyRevoked } from './revocation.ts';

export type TokenUse = 'id' | 'access';

export interface UserPoolClaims extends JWTPayload {
  sub: string;
  iss: string;
  exp: number;
  iat: number;
  token_use: TokenUse;
  [claim: string]: unknown;
}

/** Why a token was refused; callers word the error the way their API does. */
export type TokenProblem =
  | 'malformed' // not a JWT
  | 'unknown-issuer' // iss is not a pool of this emulator
  | 'signature' // not signed by the pool's key
  | 'expired'
  | 'wrong-use' // an access token where an ID token was expected, or the reverse
  | 'revoked'; // issued before the user's global sign-out, or its session was revoked

export type TokenInspection =
  | { ok: true; claims: UserPoolClaims; pool: UserPoolRecord }
  | { ok: false; problem: TokenProblem; claims?: JWTPayload; pool?: UserPoolRecord };

const ISSUER = /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/([\w-]+_[0-9A-Za-z]+)$/;

export interface InspectOptions {
  expectedUse: TokenUse;
  now: number;
  /**
   * The one pool whose tokens are acceptable: its issuer and its key. Without it, the pool the
   * token names in `iss` (an operation that takes any of the emulator's pools' tokens).
   */
  issuerPoolId?: string;
}

/** The user a token was issued to, by the claim its kind of token carries. */
function userOf(pool: UserPoolRecord, claims: JWTPayload) {
  const name = claims.token_use === 'id' ? claims['cognito:username'] : claims.username;
  return typeof name === 'string' ? pool.users.get(name) : undefined;
}

/**
 * Checks a user pool token: shape, issuer, signature, expiry, token_use and revocation (the user's
 * global sign-out, or RevokeToken of the token's session). Never throws.
 */
export async function inspectUserPoolToken(
  store: Store,
  token: string,
  options: InspectOptions,
): Promise<TokenInspection> {
  let claims: JWTPayload;
  let kid: string | undefined;
  try {
    claims = decodeJwt(token);
    kid = decodeProtectedHeader(token).kid;
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const poolId =
    options.issuerPoolId ??
    (typeof claims.iss === 'string' ? ISSUER.exec(claims.iss)?.[1] : undefined);
  const pool = poolId ? store.state.userPools.get(poolId) : undefined;
  if (!pool || claims.iss !== issuerOf(pool.pool.Id)) {
    return { ok: false, problem: 'unknown-issuer', claims };
  }
  if (kid !== pool.signingKey.kid) return { ok: false, problem: 'signature', claims, pool };
  try {
    await compactVerify(token, await publicKeyOf(pool.signingKey), { algorithms: ['RS256'] });
  } catch {
    return { ok: false, problem: 'signature', claims, pool };
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= options.now) {
    return { ok: false, problem: 'expired', claims, pool };
  }
  if (claims.token_use !== options.expectedUse)
    return { ok: false, problem: 'wrong-use', claims, pool };
  const user = userOf(pool, claims);
  if (
    (user?.tokensValidAfter !== undefined &&
      typeof claims.iat === 'number' &&
      claims.iat < Math.floor(user.tokensValidAfter)) ||
    isFamilyRevoked(store.state, claims.origin_jti)
  ) {
    return { ok: false, problem: 'revoked', claims, pool };
  }
  return { ok: true, claims: claims as UserPoolClaims, pool };
}

const ACCESS_TOKEN_MESSAGES: Record<TokenProblem, string> = {
  malformed: 'Invalid Access Token',
  'unknown-issuer': 'Invalid Access Token',
  signature: 'Invalid Access Token',
  expired: 'Access Token has expired',
  'wrong-use': 'Invalid Access Token',
  revoked: 'Access Token has been revoked',
};

/**
 * Verifies a user pool token and returns its claims; throws NotAuthorizedException worded as
 * Cognito's access-token operations (GetUser, GlobalSignOut…) word it.
 */
export async function verifyUserPoolToken(
  store: Store,
  token: string,
  options: InspectOptions,
): Promise<UserPoolClaims> {
  const result = await inspectUserPoolToken(store, token, options);
  if (result.ok) return result.claims;
  const message =
    options.expectedUse === 'access' ? ACCESS_TOKEN_MESSAGES[result.problem] : 'Invalid ID Token';
  throw notAuthorized(message);
}
