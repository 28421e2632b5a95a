import { describe, expect, it } from 'vitest';
import {
  clientEditsFromForm,
  clientFormSchema,
  newClientDefaults,
  toClientFormValues,
  toCreateUserPoolClientInput,
} from './client-form';
import { redirectUrlProblem } from './redirect-url';
import { toUpdateUserPoolClientInput, type ClientDescription } from './update-client-input';

/** A fully populated DescribeUserPoolClient output. */
const described: ClientDescription = {
  UserPoolId: 'us-east-1_AcmeCust1',
  ClientName: 'acme-web',
  ClientId: 'client123',
  ClientSecret: 'very-secret',
  CreationDate: new Date(1000),
  LastModifiedDate: new Date(2000),
  RefreshTokenValidity: 14,
  AccessTokenValidity: 30,
  IdTokenValidity: 2,
  TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'hours', RefreshToken: 'days' },
  ReadAttributes: ['email', 'name', 'custom:tier'],
  WriteAttributes: ['name'],
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  SupportedIdentityProviders: ['COGNITO', 'Google'],
  CallbackURLs: ['https://app.example.com/cb', 'http://localhost:3000/cb'],
  LogoutURLs: ['https://app.example.com/bye'],
  DefaultRedirectURI: 'https://app.example.com/cb',
  AllowedOAuthFlows: ['code'],
  AllowedOAuthScopes: ['openid', 'email', 'api/read'],
  AllowedOAuthFlowsUserPoolClient: true,
  AnalyticsConfiguration: { ApplicationId: 'abc', UserDataShared: false },
  PreventUserExistenceErrors: 'ENABLED',
  EnableTokenRevocation: true,
  EnablePropagateAdditionalUserContextData: false,
  AuthSessionValidity: 5,
  RefreshTokenRotation: { Feature: 'DISABLED', RetryGracePeriodSeconds: 0 },
};

const readOnly = ['ClientSecret', 'CreationDate', 'LastModifiedDate'] as const;

describe('toUpdateUserPoolClientInput', () => {
  it('saving with no change reproduces Describe field by field, minus the read-only members', () => {
    const input = toUpdateUserPoolClientInput(described, {});
    const expected: Record<string, unknown> = { ...described };
    for (const key of readOnly) delete expected[key];
    expect(input).toEqual(expected);
    for (const key of readOnly) expect(input).not.toHaveProperty(key);
  });

  it('the form round trip (Describe -> form -> edits) is a no-change save', () => {
    const edits = clientEditsFromForm(described, toClientFormValues(described));
    expect(edits).toEqual({});
    expect(toUpdateUserPoolClientInput(described, edits)).toEqual(
      toUpdateUserPoolClientInput(described, {}),
    );
  });

  it('always sends TokenValidityUnits, with AWS defaults when Describe had none', () => {
    const { TokenValidityUnits: _u, ...withoutUnits } = described;
    expect(toUpdateUserPoolClientInput(withoutUnits, {}).TokenValidityUnits).toEqual({
      AccessToken: 'hours',
      IdToken: 'hours',
      RefreshToken: 'days',
    });
  });

  it('changes one field and keeps every other', () => {
    const input = toUpdateUserPoolClientInput(described, { ClientName: 'renamed' });
    expect(input.ClientName).toBe('renamed');
    expect({ ...input, ClientName: 'acme-web' }).toEqual(
      toUpdateUserPoolClientInput(described, {}),
    );
  });

  it('merges a changed unit into the described units', () => {
    const input = toUpdateUserPoolClientInput(described, {
      IdTokenValidity: 90,
      TokenValidityUnits: { IdToken: 'minutes' },
    });
    expect(input.TokenValidityUnits).toEqual({
      AccessToken: 'minutes',
      IdToken: 'minutes',
      RefreshToken: 'days',
    });
    expect(input.IdTokenValidity).toBe(90);
  });

  it('removes a setting edited to null', () => {
    const input = toUpdateUserPoolClientInput(described, { DefaultRedirectURI: null });
    expect(input).not.toHaveProperty('DefaultRedirectURI');
    expect(input.CallbackURLs).toEqual(described.CallbackURLs);
  });

  it('drops members the update does not accept', () => {
    const input = toUpdateUserPoolClientInput(
      { ...described, ...({ ClientType: 'CONFIDENTIAL' } as object) },
      {},
    );
    expect(input).not.toHaveProperty('ClientType');
  });
});

describe('clientEditsFromForm', () => {
  it('turns form changes into API edits', () => {
    const values = toClientFormValues(described);
    values.accessToken = { value: 1, unit: 'hours' };
    values.callbackUrls = [...values.callbackUrls, { value: 'https://b.example.com/cb' }];
    values.preventUserExistenceErrors = false;
    values.allowedOAuthScopes = ['email', 'openid', 'api/read'];
    expect(clientEditsFromForm(described, values)).toEqual({
      AccessTokenValidity: 1,
      TokenValidityUnits: { AccessToken: 'hours' },
      CallbackURLs: [
        'https://app.example.com/cb',
        'http://localhost:3000/cb',
        'https://b.example.com/cb',
      ],
      PreventUserExistenceErrors: 'LEGACY',
    });
  });

  it('clears emptied lists and the default redirect', () => {
    const values = toClientFormValues(described);
    values.logoutUrls = [];
    values.defaultRedirectUri = '';
    expect(clientEditsFromForm(described, values)).toEqual({
      LogoutURLs: null,
      DefaultRedirectURI: null,
    });
  });
});

describe('clientFormSchema', () => {
  const valid = toClientFormValues(described);
  const issuesAt = (values: typeof valid) =>
    clientFormSchema.safeParse(values).error?.issues.map((i) => i.path.join('.')) ?? [];

  it('accepts the described client', () => {
    expect(issuesAt(valid)).toEqual([]);
  });

  it('refuses http URLs except localhost, at the field', () => {
    expect(
      issuesAt({
        ...valid,
        callbackUrls: [...valid.callbackUrls, { value: 'http://evil.example' }],
      }),
    ).toEqual(['callbackUrls.2.value']);
  });

  it('requires the default redirect URI among the callbacks', () => {
    expect(issuesAt({ ...valid, defaultRedirectUri: 'https://other.example/cb' })).toEqual([
      'defaultRedirectUri',
    ]);
  });

  it('checks token validity ranges in their units', () => {
    expect(issuesAt({ ...valid, accessToken: { value: 2, unit: 'days' } })).toEqual([
      'accessToken',
    ]);
    expect(issuesAt({ ...valid, refreshToken: { value: 59, unit: 'minutes' } })).toEqual([
      'refreshToken',
    ]);
    expect(issuesAt({ ...valid, authSessionValidity: 16 })).toEqual(['authSessionValidity']);
  });

  it('needs OAuth enabled for flows, and scopes with flows', () => {
    expect(issuesAt({ ...valid, allowedOAuthFlowsUserPoolClient: false })).toEqual([
      'allowedOAuthFlowsUserPoolClient',
    ]);
    expect(issuesAt({ ...valid, allowedOAuthScopes: [] })).toEqual(['allowedOAuthScopes']);
  });
});

describe('toCreateUserPoolClientInput', () => {
  it('sends every setting explicitly with units', () => {
    expect(
      toCreateUserPoolClientInput('p', {
        ...newClientDefaults,
        name: ' web ',
        generateSecret: true,
      }),
    ).toEqual({
      UserPoolId: 'p',
      ClientName: 'web',
      GenerateSecret: true,
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
      AuthSessionValidity: 3,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      SupportedIdentityProviders: ['COGNITO'],
      AllowedOAuthFlowsUserPoolClient: false,
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      EnablePropagateAdditionalUserContextData: false,
    });
  });
});

describe('redirectUrlProblem', () => {
  it.each([
    ['https://app.example.com/cb', undefined],
    ['http://localhost:3000/cb', undefined],
    ['myapp://callback', undefined],
  ])('accepts %s', (url, problem) => expect(redirectUrlProblem(url)).toBe(problem));

  it.each([
    'http://example.com/cb',
    'https://a.example/#x',
    'not a url',
    '',
    'javascript:alert(1)',
  ])('refuses %s', (url) => expect(redirectUrlProblem(url)).toBeTypeOf('string'));
});
