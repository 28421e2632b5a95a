import { describe, expect, it } from 'vitest';
import {
  derivedDetails,
  idpIdentifierListProblems,
  mappableAttributes,
  providerNameProblem,
  usesOidcDiscovery,
} from './provider-types';

describe('providerNameProblem', () => {
  it('requires social providers to be named after their type', () => {
    expect(providerNameProblem('Google', 'Google')).toBeUndefined();
    expect(providerNameProblem('Google', 'MyGoogle')).toBe(
      'A Google provider must be named Google.',
    );
    expect(providerNameProblem('SignInWithApple', 'Apple')).toMatch(/SignInWithApple/);
  });
  it('checks SAML/OIDC names against AWS’s pattern and reserved names', () => {
    expect(providerNameProblem('OIDC', 'PartnerOIDC')).toBeUndefined();
    expect(providerNameProblem('OIDC', '')).toBeDefined();
    expect(providerNameProblem('SAML', 'x'.repeat(33))).toBeDefined();
    expect(providerNameProblem('SAML', 'has space')).toBeDefined();
    expect(providerNameProblem('SAML', '_corp')).toBeDefined();
    expect(providerNameProblem('OIDC', 'google')).toMatch(/reserved/);
    expect(providerNameProblem('OIDC', 'COGNITO')).toMatch(/reserved/);
  });
});

describe('idpIdentifierListProblems', () => {
  it('checks length, characters and duplicates per row', () => {
    expect(
      idpIdentifierListProblems(['example.com', 'a'.repeat(41), 'bad/id', 'example.com']),
    ).toEqual({
      rows: [
        { index: 1, message: 'Use at most 40 characters.' },
        { index: 2, message: 'Use only letters, numbers, spaces and + = . @ - _' },
        { index: 3, message: 'example.com is already listed.' },
      ],
    });
  });
  it('allows at most 50', () => {
    const many = Array.from({ length: 51 }, (_, i) => `id${i}`);
    expect(idpIdentifierListProblems(many).list).toMatch(/50/);
    expect(idpIdentifierListProblems(many.slice(0, 50)).list).toBeUndefined();
  });
});

describe('mappableAttributes', () => {
  it('offers only mutable attributes', () => {
    expect(
      mappableAttributes([
        { Name: 'sub', Mutable: false },
        { Name: 'email', Mutable: true },
        { Name: 'custom:employee_id', Mutable: false },
        { Name: 'custom:tier', Mutable: true },
        { Name: 'name' },
      ]),
    ).toEqual(['custom:tier', 'email', 'name']);
  });
});

describe('usesOidcDiscovery', () => {
  it('is on unless a manual endpoint is set', () => {
    expect(usesOidcDiscovery({ oidc_issuer: 'x' })).toBe(true);
    expect(usesOidcDiscovery({ oidc_issuer: 'x', jwks_uri: 'j' })).toBe(false);
    expect(usesOidcDiscovery(undefined)).toBe(true);
  });
});

describe('derivedDetails', () => {
  it('lists only the keys AWS added', () => {
    expect(
      derivedDetails('SAML', {
        MetadataFile: '<xml/>',
        SSORedirectBindingURI: 'https://idp/sso',
        ActiveEncryptionCertificate: 'MIIC',
      }),
    ).toEqual([
      ['ActiveEncryptionCertificate', 'MIIC'],
      ['SSORedirectBindingURI', 'https://idp/sso'],
    ]);
  });
});
