import * as z from 'zod';
import type { DescribedIdentityProvider, NewIdentityProvider } from './provider-input';
import { toAttributeMapping, toAttributeRows } from './provider-input';
import {
  idpIdentifierListProblems,
  isSocialType,
  oidcManualEndpointKeys,
  providerNameProblem,
  providerTypes,
  usesOidcDiscovery,
  writableDetailKeys,
  type ProviderType,
} from './provider-types';

/**
 * One shape for every type; `details` holds exactly the chosen type's writable keys (strings, as
 * the API wants them). SAML's switches are strings 'true' / 'false' too.
 */
export const providerFormSchema = z
  .object({
    type: z.enum(providerTypes),
    name: z.string().trim(),
    details: z.record(z.string(), z.string()),
    oidcDiscovery: z.boolean(),
    metadataSource: z.enum(['url', 'file']),
    attributeMapping: z.array(z.object({ attribute: z.string(), claim: z.string() })),
    idpIdentifiers: z.array(z.object({ value: z.string().trim() })),
  })
  .superRefine((values, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const nameProblem = providerNameProblem(values.type, values.name);
    if (nameProblem) issue(['name'], nameProblem);
    for (const key of requiredKeys(values)) {
      if (!values.details[key]?.trim()) issue(['details', key], 'Required.');
    }
    for (const key of urlKeys(values)) {
      const value = values.details[key]?.trim();
      if (value && !/^https:\/\/\S+$/.test(value))
        issue(['details', key], 'Enter an https:// URL.');
    }
    const identifiers = idpIdentifierListProblems(values.idpIdentifiers.map((i) => i.value));
    for (const row of identifiers.rows) issue(['idpIdentifiers', row.index, 'value'], row.message);
    if (identifiers.list) issue(['idpIdentifiers'], identifiers.list);
    const seen = new Set<string>();
    values.attributeMapping.forEach((row, index) => {
      if (!row.attribute) issue(['attributeMapping', index, 'attribute'], 'Choose an attribute.');
      else if (seen.has(row.attribute))
        issue(['attributeMapping', index, 'attribute'], `${row.attribute} is already mapped.`);
      seen.add(row.attribute);
      if (!row.claim.trim()) issue(['attributeMapping', index, 'claim'], 'Enter the IdP claim.');
    });
  });

export type ProviderFormValues = z.infer<typeof providerFormSchema>;

function requiredKeys(values: ProviderFormValues): string[] {
  switch (values.type) {
    case 'SAML':
      return [values.metadataSource === 'url' ? 'MetadataURL' : 'MetadataFile'];
    case 'OIDC':
      return [
        'client_id',
        'authorize_scopes',
        'attributes_request_method',
        'oidc_issuer',
        ...(values.oidcDiscovery ? [] : oidcManualEndpointKeys),
      ];
    default:
      return [...writableDetailKeys[values.type]].filter((k) => k !== 'api_version');
  }
}

function urlKeys(values: ProviderFormValues): string[] {
  if (values.type === 'SAML') return values.metadataSource === 'url' ? ['MetadataURL'] : [];
  if (values.type === 'OIDC')
    return ['oidc_issuer', ...(values.oidcDiscovery ? [] : oidcManualEndpointKeys)];
  return [];
}

const samlDefaults: Record<string, string> = {
  IDPSignout: 'false',
  IDPInit: 'false',
  EncryptedResponses: 'false',
  RequestSigningAlgorithm: '',
};

/** Empty values for every writable key of the type, so the form registers exactly those. */
function blankDetails(type: ProviderType): Record<string, string> {
  const details: Record<string, string> = {};
  for (const key of writableDetailKeys[type] as readonly string[]) details[key] = '';
  if (type === 'SAML') Object.assign(details, samlDefaults);
  if (type === 'OIDC') details.attributes_request_method = 'GET';
  return details;
}

export function newProviderDefaults(type: ProviderType): ProviderFormValues {
  return {
    type,
    name: isSocialType(type) ? type : '',
    details: blankDetails(type),
    oidcDiscovery: true,
    metadataSource: 'url',
    attributeMapping: [],
    idpIdentifiers: [],
  };
}

/** Describe output -> form values: only the type's writable keys; derived keys never enter. */
export function toProviderFormValues(
  described: DescribedIdentityProvider & { ProviderType: ProviderType },
): ProviderFormValues {
  const type = described.ProviderType;
  const details = blankDetails(type);
  for (const key of Object.keys(details)) {
    const value = described.ProviderDetails?.[key];
    if (value !== undefined) details[key] = value;
  }
  return {
    type,
    name: described.ProviderName ?? '',
    details,
    oidcDiscovery: usesOidcDiscovery(described.ProviderDetails),
    metadataSource: described.ProviderDetails?.MetadataURL ? 'url' : 'file',
    attributeMapping: toAttributeRows(described.AttributeMapping),
    idpIdentifiers: (described.IdpIdentifiers ?? []).map((value) => ({ value })),
  };
}

/**
 * The details to send. Keys the form's choices switch off are sent as '' so the update mapper
 * removes them (the other metadata source, OIDC endpoints while discovery is on).
 */
export function toDetailEdits(values: ProviderFormValues): Record<string, string> {
  const details: Record<string, string> = {};
  for (const key of writableDetailKeys[values.type] as readonly string[]) {
    details[key] = (values.details[key] ?? '').trim();
  }
  if (values.type === 'SAML') {
    if (values.metadataSource === 'url') details.MetadataFile = '';
    else details.MetadataURL = '';
  }
  if (values.type === 'OIDC' && values.oidcDiscovery) {
    for (const key of oidcManualEndpointKeys) details[key] = '';
  }
  return details;
}

export function toNewIdentityProvider(values: ProviderFormValues): NewIdentityProvider {
  return {
    type: values.type,
    name: values.name,
    details: toDetailEdits(values),
    attributeMapping: toAttributeMapping(values.attributeMapping),
    idpIdentifiers: values.idpIdentifiers.map((i) => i.value),
  };
}
