import type { RequestContext } from '../protocol/context.ts';
import { AwsError, invalidParameter } from '../protocol/errors.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import {
  MAX_PROVIDERS,
  attributeMapping,
  checkIdentifiers,
  providerOutput,
  type ProviderRecord,
} from './provider-store.ts';
import { SOCIAL_TYPES, writableDetails, type ProviderType } from './provider-types.ts';

export interface CreateIdentityProviderInput {
  UserPoolId: string;
  ProviderName: string;
  ProviderType: ProviderType;
  ProviderDetails: Record<string, string>;
  AttributeMapping?: Record<string, string>;
  IdpIdentifiers?: string[];
}

function checkName(name: string, type: ProviderType): void {
  if (SOCIAL_TYPES.includes(type) && name !== type) {
    throw invalidParameter(`The provider name of a ${type} provider must be ${type}.`);
  }
  const reserved = [...SOCIAL_TYPES, 'COGNITO'].map((n) => n.toLowerCase());
  if (!SOCIAL_TYPES.includes(type) && reserved.includes(name.toLowerCase())) {
    throw invalidParameter(`${name} is a reserved provider name.`);
  }
}

export function createIdentityProvider(input: CreateIdentityProviderInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  checkName(input.ProviderName, input.ProviderType);
  const providers = pool.identityProviders;
  if (providers.has(input.ProviderName)) {
    throw new AwsError(
      'DuplicateProviderException',
      `A provider with the name ${input.ProviderName} already exists in this user pool.`,
    );
  }
  if (providers.size >= MAX_PROVIDERS) {
    throw new AwsError(
      'LimitExceededException',
      'Exceeded the maximum number of identity providers.',
    );
  }
  const now = epochSeconds(ctx.now);
  const provider: ProviderRecord = {
    ProviderName: input.ProviderName,
    ProviderType: input.ProviderType,
    ProviderDetails: writableDetails(input.ProviderType, input.ProviderDetails),
    AttributeMapping: attributeMapping(pool, input.ProviderType, input.AttributeMapping),
    IdpIdentifiers: checkIdentifiers(pool, input.IdpIdentifiers ?? []),
    CreationDate: now,
    LastModifiedDate: now,
  };
  // Reading it once checks what is derived (SAML metadata) before anything is stored.
  const output = providerOutput(pool, provider);
  providers.set(input.ProviderName, provider);
  ctx.store.touch('identityProviders', pool.pool.Id, input.ProviderName);
  return { IdentityProvider: output };
}
