import { randomBytes } from 'node:crypto';
import { invalidParameter, resourceNotFound } from '../protocol/errors.ts';
import type { UserPoolRecord } from '../store/types.ts';
import type { SchemaAttribute } from '../userpools/schema.ts';
import { TYPE_RULES, derivedDetails, type ProviderType } from './provider-types.ts';

export interface ProviderRecord {
  ProviderName: string;
  ProviderType: ProviderType;
  /** Only the keys the request sent; the derived ones are added when read. */
  ProviderDetails: Record<string, string>;
  AttributeMapping: Record<string, string>;
  IdpIdentifiers: string[];
  CreationDate: number;
  LastModifiedDate: number;
}

/** AWS's quota of identity providers per user pool. */
export const MAX_PROVIDERS = 300;

export function providersOf(pool: UserPoolRecord): Record<string, ProviderRecord> {
  pool.extra ??= {};
  pool.extra.identityProviders ??= {};
  return pool.extra.identityProviders as Record<string, ProviderRecord>;
}

export function getProvider(pool: UserPoolRecord, name: string): ProviderRecord {
  const provider = providersOf(pool)[name];
  if (!provider) throw resourceNotFound(`Identity provider ${name} does not exist.`);
  return provider;
}

/** The pool's SAML encryption certificate (base64 DER), made once so Describe stays stable. */
function encryptionCertificate(pool: UserPoolRecord): string {
  pool.extra ??= {};
  pool.extra.samlEncryptionCertificate ??= randomBytes(768).toString('base64');
  return pool.extra.samlEncryptionCertificate as string;
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
        encryptionCertificate(pool),
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
    const owner = Object.values(providersOf(pool)).find(
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
