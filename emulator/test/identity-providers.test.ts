import {
  CreateIdentityProviderCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteIdentityProviderCommand,
  DescribeIdentityProviderCommand,
  DescribeUserPoolClientCommand,
  GetIdentityProviderByIdentifierCommand,
  ListIdentityProvidersCommand,
  UpdateIdentityProviderCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { targets, uniqueName } from './support/targets.ts';

async function createPool(client: CognitoIdentityProviderClient) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: uniqueName('idp'),
      Schema: [{ Name: 'employee_id', AttributeDataType: 'String', Mutable: false }],
    }),
  );
  return UserPool!.Id!;
}

const GOOGLE = { client_id: 'g-id', client_secret: 'g-secret', authorize_scopes: 'openid email' };
const OIDC = {
  client_id: 'o-id',
  client_secret: 'o-secret',
  authorize_scopes: 'openid email',
  attributes_request_method: 'GET',
  oidc_issuer: 'https://issuer.example.com',
};
const METADATA = `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/slo"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

describe.each(targets())('identity providers on $name', (target) => {
  const client = target.admin();
  /** moto does not implement this AWS behaviour; the test documents that it differs. */
  const itAws = target.name === 'moto' ? it.fails : it;

  it('creates an OIDC provider, describes and lists it', async () => {
    const UserPoolId = await createPool(client);
    const { IdentityProvider } = await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'Partner',
        ProviderType: 'OIDC',
        ProviderDetails: OIDC,
        AttributeMapping: { email: 'email' },
        IdpIdentifiers: ['partner.example'],
      }),
    );
    expect(IdentityProvider).toMatchObject({
      UserPoolId,
      ProviderName: 'Partner',
      ProviderType: 'OIDC',
    });
    expect(IdentityProvider?.ProviderDetails).toMatchObject(OIDC);
    const described = await client.send(
      new DescribeIdentityProviderCommand({ UserPoolId, ProviderName: 'Partner' }),
    );
    expect(described.IdentityProvider?.IdpIdentifiers).toEqual(['partner.example']);
    const { Providers } = await client.send(
      new ListIdentityProvidersCommand({ UserPoolId, MaxResults: 10 }),
    );
    expect(Providers?.map((p) => [p.ProviderName, p.ProviderType])).toEqual([['Partner', 'OIDC']]);
  });

  // moto has no GetIdentityProviderByIdentifier; AWS documents it (API_GetIdentityProviderByIdentifier.html).
  itAws('finds a provider by identifier', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'Partner',
        ProviderType: 'OIDC',
        ProviderDetails: OIDC,
        IdpIdentifiers: ['partner.example'],
      }),
    );
    const { IdentityProvider } = await client.send(
      new GetIdentityProviderByIdentifierCommand({ UserPoolId, IdpIdentifier: 'partner.example' }),
    );
    expect(IdentityProvider?.ProviderName).toBe('Partner');
    await expectAwsError(
      () =>
        client.send(
          new GetIdentityProviderByIdentifierCommand({ UserPoolId, IdpIdentifier: 'nobody' }),
        ),
      'ResourceNotFoundException',
    );
  });

  // AWS: Describe adds derived ProviderDetails keys (cognito-behaviour.md item 13).
  itAws('describes a Google provider with the keys AWS derives', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'Google',
        ProviderType: 'Google',
        ProviderDetails: GOOGLE,
      }),
    );
    const { IdentityProvider } = await client.send(
      new DescribeIdentityProviderCommand({ UserPoolId, ProviderName: 'Google' }),
    );
    expect(Object.keys(IdentityProvider!.ProviderDetails!).sort()).toEqual(
      [
        ...Object.keys(GOOGLE),
        'attributes_url',
        'attributes_url_add_attributes',
        'authorize_url',
        'oidc_issuer',
        'token_request_method',
        'token_url',
      ].sort(),
    );
  });

  // AWS: Describe of a SAML provider adds the SSO/SLO endpoints read from the metadata (item 13).
  itAws('reads the SSO and SLO endpoints from a SAML MetadataFile', async () => {
    const UserPoolId = await createPool(client);
    const { IdentityProvider } = await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'Corp',
        ProviderType: 'SAML',
        ProviderDetails: { MetadataFile: METADATA },
      }),
    );
    expect(IdentityProvider?.ProviderDetails).toMatchObject({
      SSORedirectBindingURI: 'https://idp.example.com/sso',
      SLORedirectBindingURI: 'https://idp.example.com/slo',
    });
    expect(IdentityProvider?.ProviderDetails?.ActiveEncryptionCertificate).toBeTruthy();
  });

  // AWS: DuplicateProviderException when the name is taken (API_CreateIdentityProvider.html).
  itAws('refuses a second provider with the same name (DuplicateProviderException)', async () => {
    const UserPoolId = await createPool(client);
    const input = {
      UserPoolId,
      ProviderName: 'Partner',
      ProviderType: 'OIDC' as const,
      ProviderDetails: OIDC,
    };
    await client.send(new CreateIdentityProviderCommand(input));
    await expectAwsError(
      () => client.send(new CreateIdentityProviderCommand(input)),
      'DuplicateProviderException',
    );
  });

  // AWS: a social provider's name must equal its type (cognito-behaviour.md item 40).
  itAws('requires a social provider to be named after its type', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () =>
        client.send(
          new CreateIdentityProviderCommand({
            UserPoolId,
            ProviderName: 'MyGoogle',
            ProviderType: 'Google',
            ProviderDetails: GOOGLE,
          }),
        ),
      'InvalidParameterException',
    );
  });

  // AWS: ProviderDetails keys depend on the type (item 39): an OIDC provider needs its issuer.
  itAws('rejects ProviderDetails that miss a required key', async () => {
    const UserPoolId = await createPool(client);
    const { oidc_issuer: _issuer, ...withoutIssuer } = OIDC;
    await expectAwsError(
      () =>
        client.send(
          new CreateIdentityProviderCommand({
            UserPoolId,
            ProviderName: 'Partner',
            ProviderType: 'OIDC',
            ProviderDetails: withoutIssuer,
          }),
        ),
      'InvalidParameterException',
    );
  });

  // AWS: AttributeMapping only maps to mutable pool attributes (item 40).
  itAws('rejects a mapping to an immutable attribute', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () =>
        client.send(
          new CreateIdentityProviderCommand({
            UserPoolId,
            ProviderName: 'Partner',
            ProviderType: 'OIDC',
            ProviderDetails: OIDC,
            AttributeMapping: { 'custom:employee_id': 'emp' },
          }),
        ),
      'InvalidParameterException',
    );
  });

  // AWS: IdpIdentifiers are unique across the pool's providers.
  itAws('refuses an identifier another provider has', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'One',
        ProviderType: 'OIDC',
        ProviderDetails: OIDC,
        IdpIdentifiers: ['shared'],
      }),
    );
    const error = await expectAwsError(
      () =>
        client.send(
          new CreateIdentityProviderCommand({
            UserPoolId,
            ProviderName: 'Two',
            ProviderType: 'OIDC',
            ProviderDetails: OIDC,
            IdpIdentifiers: ['shared'],
          }),
        ),
      'InvalidParameterException',
    );
    expect(error.message).toContain('shared');
  });

  it('updates what it is sent and keeps the type', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'Partner',
        ProviderType: 'OIDC',
        ProviderDetails: OIDC,
      }),
    );
    const { IdentityProvider } = await client.send(
      new UpdateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'Partner',
        ProviderDetails: { ...OIDC, authorize_scopes: 'openid' },
        IdpIdentifiers: ['new.example'],
      }),
    );
    expect(IdentityProvider?.ProviderType).toBe('OIDC');
    expect(IdentityProvider?.ProviderDetails?.authorize_scopes).toBe('openid');
    expect(IdentityProvider?.IdpIdentifiers).toEqual(['new.example']);
  });

  it('deletes a provider', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'Partner',
        ProviderType: 'OIDC',
        ProviderDetails: OIDC,
      }),
    );
    await client.send(new DeleteIdentityProviderCommand({ UserPoolId, ProviderName: 'Partner' }));
    await expectAwsError(
      () =>
        client.send(new DescribeIdentityProviderCommand({ UserPoolId, ProviderName: 'Partner' })),
      'ResourceNotFoundException',
    );
  });

  // Deleting a provider that clients offer succeeds; the clients stop offering it (inferred
  // from AWS: a client may only list providers that exist).
  itAws('deleting a provider in use removes it from the clients', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'Partner',
        ProviderType: 'OIDC',
        ProviderDetails: OIDC,
      }),
    );
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: 'c',
        SupportedIdentityProviders: ['COGNITO', 'Partner'],
      }),
    );
    await client.send(new DeleteIdentityProviderCommand({ UserPoolId, ProviderName: 'Partner' }));
    const described = await client.send(
      new DescribeUserPoolClientCommand({ UserPoolId, ClientId: UserPoolClient!.ClientId }),
    );
    expect(described.UserPoolClient?.SupportedIdentityProviders).toEqual(['COGNITO']);
  });
});
