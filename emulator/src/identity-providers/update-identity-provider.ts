import type { RequestContext } from '../protocol/context.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import {
  attributeMapping,
  checkIdentifiers,
  getProvider,
  providerOutput,
  type ProviderRecord,
} from './provider-store.ts';
import { writableDetails } from './provider-types.ts';

/**
 * What the request sends replaces that part; what it omits is kept. ProviderDetails must hold
 * only the type's writable keys: derived keys copied from Describe are refused.
 */
export function updateIdentityProvider(
  input: {
    UserPoolId: string;
    ProviderName: string;
    ProviderDetails?: Record<string, string>;
    AttributeMapping?: Record<string, string>;
    IdpIdentifiers?: string[];
  },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const current = getProvider(pool, input.ProviderName);
  const type = current.ProviderType;
  const next: ProviderRecord = {
    ...current,
    ProviderDetails: input.ProviderDetails
      ? writableDetails(type, input.ProviderDetails)
      : current.ProviderDetails,
    AttributeMapping: input.AttributeMapping
      ? attributeMapping(pool, type, input.AttributeMapping)
      : current.AttributeMapping,
    IdpIdentifiers: input.IdpIdentifiers
      ? checkIdentifiers(pool, input.IdpIdentifiers, current.ProviderName)
      : current.IdpIdentifiers,
    LastModifiedDate: epochSeconds(ctx.now),
  };
  const output = providerOutput(pool, next);
  pool.identityProviders.set(current.ProviderName, next);
  ctx.store.touch('identityProviders', pool.pool.Id, current.ProviderName);
  return { IdentityProvider: output };
}
