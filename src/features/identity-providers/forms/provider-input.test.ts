import { describe, expect, it } from 'vitest';
import {
  toAttributeMapping,
  toAttributeRows,
  toCreateIdentityProviderInput,
  toUpdateIdentityProviderInput,
} from './provider-input';

const base = { UserPoolId: 'us-east-1_abc', AttributeMapping: { email: 'email', username: 'sub' } };

describe('toUpdateIdentityProviderInput', () => {
  it('drops the derived keys of a social provider and keeps untouched writable ones', () => {
    const input = toUpdateIdentityProviderInput(
      {
        ...base,
        ProviderName: 'Facebook',
        ProviderType: 'Facebook',
        ProviderDetails: {
          client_id: 'id',
          client_secret: 'secret',
          authorize_scopes: 'email',
          api_version: 'v17.0',
          attributes_url: 'https://graph.facebook.com/v17.0/me?fields=',
          attributes_url_add_attributes: 'true',
          authorize_url: 'https://www.facebook.com/v17.0/dialog/oauth',
          token_request_method: 'GET',
          token_url: 'https://graph.facebook.com/v17.0/oauth/access_token',
        },
        IdpIdentifiers: [],
      },
      { details: { authorize_scopes: 'email,public_profile' } },
    );
    expect(input).toEqual({
      UserPoolId: 'us-east-1_abc',
      ProviderName: 'Facebook',
      ProviderDetails: {
        client_id: 'id',
        client_secret: 'secret',
        authorize_scopes: 'email,public_profile',
        api_version: 'v17.0',
      },
      AttributeMapping: { email: 'email', username: 'sub' },
      IdpIdentifiers: [],
    });
  });

  it('drops SAML derived keys and keeps the metadata document', () => {
    const input = toUpdateIdentityProviderInput(
      {
        ...base,
        ProviderName: 'Corp',
        ProviderType: 'SAML',
        ProviderDetails: {
          MetadataFile: '<xml/>',
          IDPSignout: 'true',
          ActiveEncryptionCertificate: 'MIIC…',
          SSORedirectBindingURI: 'https://idp/sso',
          SLORedirectBindingURI: 'https://idp/slo',
        },
        IdpIdentifiers: ['example.com'],
      },
      { details: { IDPInit: 'true' } },
    );
    expect(input.ProviderDetails).toEqual({
      MetadataFile: '<xml/>',
      IDPSignout: 'true',
      IDPInit: 'true',
    });
    expect(input.IdpIdentifiers).toEqual(['example.com']);
  });

  it('sends exactly one SAML metadata source', () => {
    const described = {
      ...base,
      ProviderName: 'Corp',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: 'https://idp/metadata', MetadataFile: '<downloaded/>' },
    };
    expect(toUpdateIdentityProviderInput(described, {}).ProviderDetails).toEqual({
      MetadataURL: 'https://idp/metadata',
    });
    expect(
      toUpdateIdentityProviderInput(described, { details: { MetadataFile: '<new/>' } })
        .ProviderDetails,
    ).toEqual({ MetadataFile: '<new/>' });
    expect(
      toUpdateIdentityProviderInput(described, {
        details: { MetadataURL: 'https://idp/other', MetadataFile: '' },
      }).ProviderDetails,
    ).toEqual({ MetadataURL: 'https://idp/other' });
  });

  it('removes OIDC manual endpoints set to empty (discovery turned back on)', () => {
    const input = toUpdateIdentityProviderInput(
      {
        ...base,
        ProviderName: 'Partner',
        ProviderType: 'OIDC',
        ProviderDetails: {
          client_id: 'c',
          client_secret: 's',
          authorize_scopes: 'openid',
          attributes_request_method: 'GET',
          oidc_issuer: 'https://issuer',
          authorize_url: 'https://issuer/authorize',
          token_url: 'https://issuer/token',
          attributes_url: 'https://issuer/userinfo',
          jwks_uri: 'https://issuer/jwks',
          attributes_url_add_attributes: 'false',
        },
      },
      { details: { authorize_url: '', token_url: '', attributes_url: '', jwks_uri: '' } },
    );
    expect(input.ProviderDetails).toEqual({
      client_id: 'c',
      client_secret: 's',
      authorize_scopes: 'openid',
      attributes_request_method: 'GET',
      oidc_issuer: 'https://issuer',
    });
  });

  it('drops derived Apple keys, keeps the private key, replaces mapping and identifiers', () => {
    const input = toUpdateIdentityProviderInput(
      {
        ...base,
        ProviderName: 'SignInWithApple',
        ProviderType: 'SignInWithApple',
        ProviderDetails: {
          client_id: 'com.example',
          team_id: 'T',
          key_id: 'K',
          private_key: 'PK',
          authorize_scopes: 'email',
          oidc_issuer: 'https://appleid.apple.com',
          authorize_url: 'https://appleid.apple.com/auth/authorize',
        },
      },
      { attributeMapping: { email: 'email' }, idpIdentifiers: ['a'] },
    );
    expect(input.ProviderDetails).toEqual({
      client_id: 'com.example',
      team_id: 'T',
      key_id: 'K',
      private_key: 'PK',
      authorize_scopes: 'email',
    });
    expect(input.AttributeMapping).toEqual({ email: 'email' });
    expect(input.IdpIdentifiers).toEqual(['a']);
  });

  it('refuses an unknown type', () => {
    expect(() => toUpdateIdentityProviderInput({ ProviderType: 'LDAP' }, {})).toThrow(/LDAP/);
  });
});

describe('toCreateIdentityProviderInput', () => {
  it('sends only the type’s keys and omits empty mapping and identifiers', () => {
    expect(
      toCreateIdentityProviderInput('p', {
        type: 'Google',
        name: 'Google',
        details: {
          client_id: 'c',
          client_secret: 's',
          authorize_scopes: 'email',
          api_version: 'x',
        },
        attributeMapping: {},
        idpIdentifiers: [],
      }),
    ).toEqual({
      UserPoolId: 'p',
      ProviderName: 'Google',
      ProviderType: 'Google',
      ProviderDetails: { client_id: 'c', client_secret: 's', authorize_scopes: 'email' },
    });
  });
});

describe('attribute mapping rows', () => {
  it('round-trips and skips incomplete rows', () => {
    const rows = toAttributeRows({ name: 'name', email: 'mail' });
    expect(rows).toEqual([
      { attribute: 'email', claim: 'mail' },
      { attribute: 'name', claim: 'name' },
    ]);
    expect(toAttributeMapping([...rows, { attribute: 'locale', claim: ' ' }])).toEqual({
      email: 'mail',
      name: 'name',
    });
  });
});
