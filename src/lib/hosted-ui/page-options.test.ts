import { describe, expect, it } from 'vitest';
import { hostedPageOptions, type HostedPageSource } from './page-options';
import { renderHostedPage } from './render-hosted-page';

const source: HostedPageSource = {
  pool: {
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    SchemaAttributes: [
      { Name: 'sub', Required: true },
      { Name: 'email', Required: true },
      { Name: 'name', Required: false },
    ],
    Policies: { PasswordPolicy: { MinimumLength: 12, RequireNumbers: true } },
  },
  client: {
    ClientName: 'acme-web',
    SupportedIdentityProviders: ['Okta', 'COGNITO', 'Google', 'Gone'],
  },
  identityProviders: [
    { ProviderName: 'Google', ProviderType: 'Google' },
    { ProviderName: 'Okta', ProviderType: 'OIDC' },
    { ProviderName: 'Unused', ProviderType: 'SAML' },
  ],
  customization: {
    CSS: '.label-customizable { color: red; }',
    ImageUrl: 'https://cdn.example/logo.png',
  },
};

describe('hostedPageOptions', () => {
  it('shows the client’s providers in its order, with their types', () => {
    const options = hostedPageOptions(source, { view: 'signIn' });
    expect(options.providers).toEqual([
      { name: 'Okta', type: 'OIDC' },
      { name: 'Google', type: 'Google' },
    ]);
    expect(options.userPoolSignIn).toBe(true);
    expect(options.selfSignUp).toBe(true);
    expect(options.css).toBe(source.customization!.CSS);
    expect(options.logoUrl).toBe('https://cdn.example/logo.png');
    expect(options.passwordChecks).toBeUndefined();
  });

  it('asks at sign-up for the required attributes Cognito does not set itself, and checks the password', () => {
    const options = hostedPageOptions(source, { view: 'signUp', password: 'abc1' });
    expect(options.signUpAttributes).toEqual([{ name: 'email', required: true }]);
    expect(options.passwordChecks).toEqual([
      { text: 'Password must contain a number', valid: true },
      { text: 'Password must contain at least 12 characters', valid: false },
    ]);
  });

  it('no sign-up link when only admins create users; no form without COGNITO', () => {
    const adminOnly = hostedPageOptions(
      {
        ...source,
        pool: { ...source.pool, AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } },
        client: { SupportedIdentityProviders: ['Okta'] },
      },
      { view: 'signIn' },
    );
    expect(adminOnly.selfSignUp).toBe(false);
    const html = renderHostedPage(adminOnly);
    const body = html.slice(html.indexOf('<body>'));
    expect(body).toContain('idpButton-customizable');
    expect(body).not.toContain('inputField-customizable');
    expect(body).not.toContain('login-or');
  });
});
