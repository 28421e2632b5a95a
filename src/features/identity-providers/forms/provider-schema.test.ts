import { describe, expect, it } from 'vitest';
import { toUpdateIdentityProviderInput } from './provider-input';
import {
  newProviderDefaults,
  providerFormSchema,
  toDetailEdits,
  toNewIdentityProvider,
  toProviderFormValues,
} from './provider-schema';

const oidc = {
  UserPoolId: 'p',
  ProviderName: 'Partner',
  ProviderType: 'OIDC' as const,
  ProviderDetails: {
    client_id: 'c',
    client_secret: 's',
    authorize_scopes: 'openid',
    attributes_request_method: 'GET',
    oidc_issuer: 'https://issuer',
    attributes_url_add_attributes: 'false',
  },
  AttributeMapping: { email: 'email', username: 'sub' },
  IdpIdentifiers: ['partner.example'],
};

describe('provider form', () => {
  it('an unchanged form saves exactly the writable keys Describe returned', () => {
    const values = toProviderFormValues(oidc);
    expect(values.details).not.toHaveProperty('attributes_url_add_attributes');
    const input = toUpdateIdentityProviderInput(oidc, { details: toDetailEdits(values) });
    expect(input.ProviderDetails).toEqual({
      client_id: 'c',
      client_secret: 's',
      authorize_scopes: 'openid',
      attributes_request_method: 'GET',
      oidc_issuer: 'https://issuer',
    });
  });

  it('turning OIDC discovery off requires the four endpoints', () => {
    const values = { ...toProviderFormValues(oidc), oidcDiscovery: false };
    const result = providerFormSchema.safeParse(values);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'details.authorize_url',
      'details.token_url',
      'details.attributes_url',
      'details.jwks_uri',
    ]);
  });

  it('refuses a social provider with another name, at the name field', () => {
    const result = providerFormSchema.safeParse({ ...newProviderDefaults('Google'), name: 'G' });
    expect(result.error?.issues[0]?.path).toEqual(['name']);
  });

  it('a SAML form sends only the chosen metadata source', () => {
    const values = {
      ...newProviderDefaults('SAML'),
      name: 'Corp',
      metadataSource: 'file' as const,
      details: { ...newProviderDefaults('SAML').details, MetadataFile: '<xml/>', IDPInit: 'true' },
    };
    expect(providerFormSchema.safeParse(values).success).toBe(true);
    expect(toNewIdentityProvider(values).details).toMatchObject({
      MetadataURL: '',
      MetadataFile: '<xml/>',
      IDPInit: 'true',
    });
  });

  it('flags duplicate attribute mappings and bad identifiers per row', () => {
    const values = {
      ...toProviderFormValues(oidc),
      attributeMapping: [
        { attribute: 'email', claim: 'a' },
        { attribute: 'email', claim: 'b' },
      ],
      idpIdentifiers: [{ value: 'bad/one' }],
    };
    const paths = providerFormSchema.safeParse(values).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['idpIdentifiers.0.value', 'attributeMapping.1.attribute']);
  });
});
