import { invalidParameter, resourceNotFound } from '../protocol/errors.ts';
import type { ProviderRecord, UserPoolRecord } from '../store/types.ts';
import type { SchemaAttribute } from '../userpools/schema.ts';
import { TYPE_RULES, derivedDetails, type ProviderType } from './provider-types.ts';

export type { ProviderRecord };

/** AWS's quota of identity providers per user pool. */
export const MAX_PROVIDERS = 300;

export function getProvider(pool: UserPoolRecord, name: string): ProviderRecord {
  const provider = pool.identityProviders.get(name);
  if (!provider) throw resourceNotFound(`Identity provider ${name} does not exist.`);
  return provider;
}

export function providerOutput(pool: UserPoolRecord, provider: ProviderRecord) {
  return {
    UserPoolId: pool.pool.Id,
    ProviderName: provider.ProviderName,
    ProviderType: provider.ProviderType,
    ProviderDetails: {
      ...provider.ProviderDetails,
      ...derivedDetails(
        provider.ProviderType,
        provider.ProviderDetails,
        pool.samlEncryptionCertificate,
      ),
    },
    AttributeMapping: { ...provider.AttributeMapping },
    IdpIdentifiers: [...provider.IdpIdentifiers],
    LastModifiedDate: provider.LastModifiedDate,
    CreationDate: provider.CreationDate,
  };
}

/** Maps only to attributes the pool has and users may change; AWS adds the username claim. */
export function attributeMapping(
  pool: UserPoolRecord,
  type: ProviderType,
  mapping: Record<string, string> | undefined,
): Record<string, string> {
  const schema = pool.pool.SchemaAttributes as SchemaAttribute[];
  for (const name of Object.keys(mapping ?? {})) {
    if (name === 'username') continue;
    const attribute = schema.find((a) => a.Name === name);
    if (!attribute) throw invalidParameter(`Attribute ${name} does not exist in the user pool.`);
    if (!attribute.Mutable) {
      throw invalidParameter(
        `Attribute ${name} is immutable and cannot be mapped from a provider.`,
      );
    }
  }
  const claim = TYPE_RULES[type].usernameClaim;
  return { ...(claim ? { username: claim } : {}), ...mapping };
}

/** IdpIdentifiers are unique across the pool's providers (and within one request). */
export function checkIdentifiers(
  pool: UserPoolRecord,
  identifiers: string[],
  self?: string,
): string[] {
  const seen = new Set<string>();
  for (const identifier of identifiers) {
    if (seen.has(identifier)) throw invalidParameter(`Duplicate IdpIdentifier ${identifier}.`);
    seen.add(identifier);
    const owner = [...pool.identityProviders.values()].find(
      (p) => p.ProviderName !== self && p.IdpIdentifiers.includes(identifier),
    );
    if (owner) {
      throw invalidParameter(
        `Identifier ${identifier} is already used by provider ${owner.ProviderName}.`,
      );
    }
  }
  return [...identifiers];
}
