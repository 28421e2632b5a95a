import type { RequestContext } from '../protocol/context.ts';
import { resourceNotFound } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';
import { providerOutput } from './provider-store.ts';

export function getIdentityProviderByIdentifier(
  input: { UserPoolId: string; IdpIdentifier: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const provider = [...pool.identityProviders.values()].find((p) =>
    p.IdpIdentifiers.includes(input.IdpIdentifier),
  );
  if (!provider)
    throw resourceNotFound(
      `Identity provider with identifier ${input.IdpIdentifier} does not exist.`,
    );
  return { IdentityProvider: providerOutput(pool, provider) };
}
