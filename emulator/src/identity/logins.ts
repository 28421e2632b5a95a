import type { IdentityPoolConfig } from '../config.ts';
import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized } from '../protocol/errors.ts';
import { issuerOf, loginProviderOf } from '../tokens/issuer.ts';
import { inspectUserPoolToken, type UserPoolClaims } from '../tokens/verify.ts';

export interface ResolvedLogin {
  provider: string;
  claims: UserPoolClaims;
}

const unsupportedProvider = () =>
  notAuthorized('Token is not from a supported provider of this identity pool.');
const invalidLogin = (reason: string) => notAuthorized(`Invalid login token. ${reason}`);

/**
 * Checks the Logins map of GetId / GetCredentialsForIdentity against the identity pool's one
 * provider (its user pool and app client) and returns the ID token's claims. Errors are worded
 * as Cognito identity pools word them.
 */
export async function resolveLogin(
  ctx: RequestContext,
  pool: IdentityPoolConfig,
  logins: unknown,
): Promise<ResolvedLogin> {
  const entries = Object.entries((logins ?? {}) as Record<string, unknown>);
  if (entries.length === 0) {
    throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
  }
  const provider = loginProviderOf(pool.userPoolId);
  if (entries.some(([key]) => key !== provider)) throw unsupportedProvider();
  const token = String(entries[0]![1]);

  const result = await inspectUserPoolToken(ctx.store, token, { expectedUse: 'id', now: ctx.now });
  if (result.ok) {
    if (result.claims.aud !== pool.clientId) throw unsupportedProvider();
    return { provider, claims: result.claims };
  }
  const { claims } = result;
  if (result.problem === 'malformed')
    throw invalidLogin('Not a valid OpenId Connect identity token.');
  if (claims?.iss !== issuerOf(pool.userPoolId))
    throw invalidLogin("Issuer doesn't match providerName");
  switch (result.problem) {
    case 'expired':
      throw invalidLogin(`Token expired: ${Math.floor(ctx.now / 1000)} >= ${claims.exp}`);
    case 'wrong-use':
      if (claims.aud === undefined) throw invalidLogin('Missing a required claim: aud');
      throw invalidLogin('Not a valid OpenId Connect identity token.');
    default:
      throw invalidLogin("Couldn't verify signed token.");
  }
}
