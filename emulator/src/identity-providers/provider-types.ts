import { invalidParameter } from '../protocol/errors.ts';
import { samlDerivedDetails } from './saml-metadata.ts';

import type { ProviderType } from '../store/types.ts';

export type { ProviderType };

export const SOCIAL_TYPES: readonly ProviderType[] = [
  'Google',
  'Facebook',
  'LoginWithAmazon',
  'SignInWithApple',
];

interface TypeRules {
  /** Keys a request may send. */
  writable: readonly string[];
  required: readonly string[];
  /** AttributeMapping AWS adds when the request maps no username. */
  usernameClaim?: string;
}

const SOCIAL_KEYS = ['client_id', 'client_secret', 'authorize_scopes'] as const;

/** ProviderDetails keys per type (cognito-behaviour.md item 39). */
export const TYPE_RULES: Record<ProviderType, TypeRules> = {
  Google: { writable: SOCIAL_KEYS, required: SOCIAL_KEYS, usernameClaim: 'sub' },
  Facebook: {
    writable: [...SOCIAL_KEYS, 'api_version'],
    required: SOCIAL_KEYS,
    usernameClaim: 'id',
  },
  LoginWithAmazon: { writable: SOCIAL_KEYS, required: SOCIAL_KEYS, usernameClaim: 'user_id' },
  SignInWithApple: {
    writable: ['client_id', 'team_id', 'key_id', 'private_key', 'authorize_scopes'],
    required: ['client_id', 'team_id', 'key_id', 'private_key', 'authorize_scopes'],
    usernameClaim: 'sub',
  },
  OIDC: {
    writable: [
      'client_id',
      'client_secret',
      'authorize_scopes',
      'attributes_request_method',
      'oidc_issuer',
      'authorize_url',
      'token_url',
      'attributes_url',
      'jwks_uri',
    ],
    required: ['client_id', 'authorize_scopes', 'attributes_request_method', 'oidc_issuer'],
    usernameClaim: 'sub',
  },
  SAML: {
    writable: [
      'MetadataURL',
      'MetadataFile',
      'IDPSignout',
      'IDPInit',
      'EncryptedResponses',
      'RequestSigningAlgorithm',
    ],
    required: [],
  },
};

const BOOLEAN_KEYS = ['IDPSignout', 'IDPInit', 'EncryptedResponses'];

/** Checks the keys a request sends for a type, and returns them as they are stored. */
export function writableDetails(
  type: ProviderType,
  details: Record<string, string>,
): Record<string, string> {
  const rules = TYPE_RULES[type];
  for (const key of Object.keys(details)) {
    if (!rules.writable.includes(key)) {
      throw invalidParameter(`${key} is not a valid ProviderDetails key for ${type} providers.`);
    }
  }
  for (const key of rules.required) {
    if (!details[key]) throw invalidParameter(`${key} is required for ${type} providers.`);
  }
  if (type === 'OIDC' && !['GET', 'POST'].includes(details.attributes_request_method ?? '')) {
    throw invalidParameter('attributes_request_method must be GET or POST.');
  }
  if (type === 'SAML') {
    if (!details.MetadataURL === !details.MetadataFile) {
      throw invalidParameter('Exactly one of MetadataURL or MetadataFile must be provided.');
    }
    for (const key of BOOLEAN_KEYS) {
      if (details[key] !== undefined && !['true', 'false'].includes(details[key])) {
        throw invalidParameter(`${key} must be true or false.`);
      }
    }
    if (
      details.RequestSigningAlgorithm !== undefined &&
      details.RequestSigningAlgorithm !== 'rsa-sha256'
    ) {
      throw invalidParameter('RequestSigningAlgorithm must be rsa-sha256.');
    }
  }
  return { ...details };
}

function facebookVersion(details: Record<string, string>): string {
  return details.api_version ?? 'v17.0';
}

/** The keys AWS adds when it describes a provider (item 13). */
export function derivedDetails(
  type: ProviderType,
  details: Record<string, string>,
  encryptionCertificate: string,
): Record<string, string> {
  switch (type) {
    case 'Google':
      return {
        attributes_url: 'https://people.googleapis.com/v1/people/me?personFields=',
        attributes_url_add_attributes: 'true',
        authorize_url: 'https://accounts.google.com/o/oauth2/v2/auth',
        oidc_issuer: 'https://accounts.google.com',
        token_request_method: 'POST',
        token_url: 'https://www.googleapis.com/oauth2/v4/token',
      };
    case 'Facebook': {
      const version = facebookVersion(details);
      return {
        attributes_url: `https://graph.facebook.com/${version}/me?fields=`,
        attributes_url_add_attributes: 'true',
        authorize_url: `https://www.facebook.com/${version}/dialog/oauth`,
        token_request_method: 'GET',
        token_url: `https://graph.facebook.com/${version}/oauth/access_token`,
      };
    }
    case 'LoginWithAmazon':
      return {
        attributes_url: 'https://api.amazon.com/user/profile',
        attributes_url_add_attributes: 'false',
        authorize_url: 'https://www.amazon.com/ap/oa',
        token_request_method: 'POST',
        token_url: 'https://api.amazon.com/auth/o2/token',
      };
    case 'SignInWithApple':
      return {
        attributes_url_add_attributes: 'false',
        authorize_url: 'https://appleid.apple.com/auth/authorize',
        oidc_issuer: 'https://appleid.apple.com',
        token_request_method: 'POST',
        token_url: 'https://appleid.apple.com/auth/token',
      };
    case 'OIDC':
      // AWS would read the rest from the issuer's discovery document; the emulator has no network.
      return { attributes_url_add_attributes: 'false' };
    case 'SAML':
      return { ActiveEncryptionCertificate: encryptionCertificate, ...samlDerivedDetails(details) };
  }
}
