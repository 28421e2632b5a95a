import { isProviderType, writableDetailKeys, type ProviderType } from './provider-types';

/** Structural copy of the SDK's IdentityProviderType (src/lib does not import the SDK). */
export interface DescribedIdentityProvider {
  UserPoolId?: string | undefined;
  ProviderName?: string | undefined;
  ProviderType?: string | undefined;
  ProviderDetails?: Record<string, string> | undefined;
  AttributeMapping?: Record<string, string> | undefined;
  IdpIdentifiers?: string[] | undefined;
}

export interface IdentityProviderEdits {
  /** Changed detail values; '' removes a key (e.g. OIDC endpoints when discovery is turned on). */
  details?: Readonly<Record<string, string>>;
  /** The complete new mapping (pool attribute -> IdP claim). */
  attributeMapping?: Readonly<Record<string, string>>;
  /** The complete new identifier list. */
  idpIdentifiers?: readonly string[];
}

export interface UpdateIdentityProviderInput {
  UserPoolId: string;
  ProviderName: string;
  ProviderDetails: Record<string, string>;
  AttributeMapping: Record<string, string>;
  IdpIdentifiers: string[];
}

/** Only the type's writable keys, without empty values. */
export function pickWritableDetails(
  type: ProviderType,
  details: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of writableDetailKeys[type] as readonly string[]) {
    const value = details[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

/**
 * SAML takes exactly one metadata source. The one the user just set wins; otherwise a URL is kept
 * over the document AWS downloaded from it (Describe may return both).
 */
function oneMetadataSource(
  details: Record<string, string>,
  edited: Readonly<Record<string, string>>,
): Record<string, string> {
  if (!details.MetadataURL || !details.MetadataFile) return details;
  const { MetadataURL, MetadataFile, ...rest } = details;
  if (edited.MetadataFile && !edited.MetadataURL) return { ...rest, MetadataFile };
  return { ...rest, MetadataURL };
}

/**
 * The UpdateIdentityProvider input for an edit. ProviderDetails is rebuilt from the type's writable
 * key set: Describe's derived keys (ActiveEncryptionCertificate, SSORedirectBindingURI,
 * authorize_url of social types, …) are dropped, untouched writable keys are kept
 * (cognito-behaviour.md item 13). Mapping and identifiers are always sent whole.
 */
export function toUpdateIdentityProviderInput(
  described: DescribedIdentityProvider,
  edits: IdentityProviderEdits,
): UpdateIdentityProviderInput {
  if (!isProviderType(described.ProviderType)) {
    throw new Error(`Unknown provider type ${String(described.ProviderType)}.`);
  }
  const edited = edits.details ?? {};
  const merged = pickWritableDetails(described.ProviderType, {
    ...described.ProviderDetails,
    ...edited,
  });
  return {
    UserPoolId: described.UserPoolId ?? '',
    ProviderName: described.ProviderName ?? '',
    ProviderDetails: described.ProviderType === 'SAML' ? oneMetadataSource(merged, edited) : merged,
    AttributeMapping: { ...(edits.attributeMapping ?? described.AttributeMapping ?? {}) },
    IdpIdentifiers: [...(edits.idpIdentifiers ?? described.IdpIdentifiers ?? [])],
  };
}

export interface NewIdentityProvider {
  type: ProviderType;
  name: string;
  details: Readonly<Record<string, string>>;
  attributeMapping: Readonly<Record<string, string>>;
  idpIdentifiers: readonly string[];
}

export function toCreateIdentityProviderInput(poolId: string, provider: NewIdentityProvider) {
  const details = pickWritableDetails(provider.type, provider.details);
  return {
    UserPoolId: poolId,
    ProviderName: provider.name,
    ProviderType: provider.type,
    ProviderDetails:
      provider.type === 'SAML' ? oneMetadataSource(details, provider.details) : details,
    ...(Object.keys(provider.attributeMapping).length > 0
      ? { AttributeMapping: { ...provider.attributeMapping } }
      : {}),
    ...(provider.idpIdentifiers.length > 0 ? { IdpIdentifiers: [...provider.idpIdentifiers] } : {}),
  };
}

/** Editor rows <-> the API's mapping object. Empty rows are ignored. */
export function toAttributeMapping(
  rows: readonly { attribute: string; claim: string }[],
): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const row of rows) {
    if (row.attribute && row.claim.trim()) mapping[row.attribute] = row.claim.trim();
  }
  return mapping;
}

export function toAttributeRows(
  mapping: Readonly<Record<string, string>> | undefined,
): { attribute: string; claim: string }[] {
  return Object.entries(mapping ?? {})
    .map(([attribute, claim]) => ({ attribute, claim }))
    .sort((a, b) => a.attribute.localeCompare(b.attribute));
}
