/** Provider types and their ProviderDetails keys (cognito-behaviour.md items 13, 39, 40). */
export const providerTypes = [
  'SAML',
  'OIDC',
  'Google',
  'Facebook',
  'LoginWithAmazon',
  'SignInWithApple',
] as const;
export type ProviderType = (typeof providerTypes)[number];

export const socialProviderTypes = [
  'Google',
  'Facebook',
  'LoginWithAmazon',
  'SignInWithApple',
] as const satisfies readonly ProviderType[];

export function isProviderType(value: unknown): value is ProviderType {
  return typeof value === 'string' && (providerTypes as readonly string[]).includes(value);
}

export function isSocialType(type: ProviderType): boolean {
  return (socialProviderTypes as readonly string[]).includes(type);
}

export const providerTypeLabels: Record<ProviderType, string> = {
  SAML: 'SAML',
  OIDC: 'OpenID Connect (OIDC)',
  Google: 'Google',
  Facebook: 'Facebook',
  LoginWithAmazon: 'Login with Amazon',
  SignInWithApple: 'Sign in with Apple',
};

const socialKeys = ['client_id', 'client_secret', 'authorize_scopes'] as const;
export const oidcManualEndpointKeys = [
  'authorize_url',
  'token_url',
  'attributes_url',
  'jwks_uri',
] as const;

/** The only ProviderDetails keys a create or update may send, per type. */
export const writableDetailKeys = {
  SAML: [
    'MetadataURL',
    'MetadataFile',
    'IDPSignout',
    'IDPInit',
    'RequestSigningAlgorithm',
    'EncryptedResponses',
  ],
  OIDC: [
    'client_id',
    'client_secret',
    'authorize_scopes',
    'attributes_request_method',
    'oidc_issuer',
    ...oidcManualEndpointKeys,
  ],
  Google: socialKeys,
  Facebook: [...socialKeys, 'api_version'],
  LoginWithAmazon: socialKeys,
  SignInWithApple: ['client_id', 'team_id', 'key_id', 'private_key', 'authorize_scopes'],
} as const satisfies Record<ProviderType, readonly string[]>;

export const MAX_IDP_IDENTIFIERS = 50;
export const MAX_PROVIDER_NAME = 32;

// ProviderNameTypeV2 from the API model.
const PROVIDER_NAME = /^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$/u;
const IDP_IDENTIFIER = /^[\w\s+=.@-]+$/;

/** Social providers must be named after their type; other names must not take a reserved name. */
export function providerNameProblem(type: ProviderType, name: string): string | undefined {
  if (isSocialType(type)) {
    return name === type
      ? undefined
      : `A ${providerTypeLabels[type]} provider must be named ${type}.`;
  }
  if (name.length === 0) return 'Enter a provider name.';
  if (name.length > MAX_PROVIDER_NAME) return `Use at most ${MAX_PROVIDER_NAME} characters.`;
  const reserved = [...socialProviderTypes, 'COGNITO'].find(
    (r) => r.toLowerCase() === name.toLowerCase(),
  );
  if (reserved) return `${reserved} is reserved; choose another name.`;
  if (!PROVIDER_NAME.test(name))
    return 'Use 3–32 characters, no spaces, not starting or ending with _.';
  return undefined;
}

export function idpIdentifierProblem(identifier: string): string | undefined {
  if (identifier.length === 0) return 'Enter an identifier or remove the row.';
  if (identifier.length > 40) return 'Use at most 40 characters.';
  if (!IDP_IDENTIFIER.test(identifier)) return 'Use only letters, numbers, spaces and + = . @ - _';
  return undefined;
}

/** Problems by row index, plus one for the list as a whole (too many). */
export function idpIdentifierListProblems(identifiers: readonly string[]): {
  rows: { index: number; message: string }[];
  list?: string;
} {
  const rows: { index: number; message: string }[] = [];
  const seen = new Set<string>();
  identifiers.forEach((identifier, index) => {
    const problem = idpIdentifierProblem(identifier);
    if (problem) rows.push({ index, message: problem });
    else if (seen.has(identifier))
      rows.push({ index, message: `${identifier} is already listed.` });
    seen.add(identifier);
  });
  return identifiers.length > MAX_IDP_IDENTIFIERS
    ? { rows, list: `At most ${MAX_IDP_IDENTIFIERS} identifiers.` }
    : { rows };
}

/** Pool attributes a provider may map to: only mutable ones (item 40). */
export function mappableAttributes(
  schema: readonly { Name?: string | undefined; Mutable?: boolean | undefined }[] | undefined,
): string[] {
  return (schema ?? [])
    .filter((a) => a.Name && a.Mutable !== false)
    .map((a) => a.Name as string)
    .sort((a, b) => a.localeCompare(b));
}

/** OIDC discovery is "on" when none of the manual endpoints are set. */
export function usesOidcDiscovery(details: Readonly<Record<string, string>> | undefined): boolean {
  return !oidcManualEndpointKeys.some((key) => Boolean(details?.[key]));
}

/** The keys Describe adds that no request may send (shown read-only, never sent back). */
export function derivedDetails(
  type: ProviderType,
  details: Readonly<Record<string, string>> | undefined,
): [key: string, value: string][] {
  const writable = writableDetailKeys[type] as readonly string[];
  return Object.entries(details ?? {})
    .filter(([key]) => !writable.includes(key))
    .sort(([a], [b]) => a.localeCompare(b));
}
