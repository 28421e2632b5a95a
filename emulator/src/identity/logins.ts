import type { IdentityPoolConfig } from '../config.ts';
import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized } from '../protocol/errors.ts';
import { loginProviderOf } from '../tokens/issuer.ts';
import { inspectUserPoolToken, type UserPoolClaims } from '../tokens/verify.ts';

export interface ResolvedLogin {
  provider: string;
  claims: UserPoolClaims;
}

const unsupportedProvider = () =>
  notAuthorized('Token is not from a supported provider of this identity pool.');
const invalidLogin = (reason: string) => notAuthorized(`Invalid login token. ${reason}`);

/**
 * Checks the Logins map of GetId / GetCredentialsForIdentity as Cognito identity pools do: every
 * login key must be the provider this identity pool trusts (`cognito-idp.<region>.amazonaws.com/
 * <poolId>`), and its token an ID token whose `iss` is that provider, signed with that user pool's
 * key, for an app client the identity pool lists, unexpired and not revoked (global sign-out, or
 * RevokeToken of its session, as the server-side token check refuses them). Returns its claims.
 */
export async function resolveLogin(
  ctx: RequestContext,
  pool: IdentityPoolConfig,
  logins: unknown,
): Promise<ResolvedLogin> {
  const entries =
    typeof logins === 'object' && logins !== null ? Object.entries(logins as object) : [];
  if (entries.length === 0) {
    throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
  }
  const provider = loginProviderOf(pool.userPoolId);
  if (entries.some(([key]) => key !== provider)) throw unsupportedProvider();
  const token = String(entries[0]![1]);

  const result = await inspectUserPoolToken(ctx.store, token, {
    expectedUse: 'id',
    now: ctx.now,
    issuerPoolId: pool.userPoolId,
  });
  if (result.ok) {
    if (result.claims.aud !== pool.clientId) throw unsupportedProvider();
    return { provider, claims: result.claims };
  }
  const { claims } = result;
  switch (result.problem) {
    case 'malformed':
      throw invalidLogin('Not a valid OpenId Connect identity token.');
    case 'unknown-issuer':
      throw invalidLogin("Issuer doesn't match providerName");
    case 'expired':
      throw invalidLogin(`Token expired: ${Math.floor(ctx.now / 1000)} >= ${claims?.exp}`);
    case 'wrong-use':
      if (claims?.aud === undefined) throw invalidLogin('Missing a required claim: aud');
      throw invalidLogin('Not a valid OpenId Connect identity token.');
    case 'revoked':
      throw invalidLogin('Token has been revoked.');
    default:
      throw invalidLogin("Couldn't verify signed token.");
  }
}
