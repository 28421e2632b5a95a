/**
 * The console's update mappers against the emulator: describe a fully populated resource, change
 * one field through the pure mapper, send it, describe again, and nothing else may have changed.
 */
import {
  CreateIdentityProviderCommand,
  CreateResourceServerCommand,
  CreateUserPoolCommand,
  DescribeIdentityProviderCommand,
  DescribeResourceServerCommand,
  UpdateIdentityProviderCommand,
  UpdateResourceServerCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { toUpdateIdentityProviderInput } from '../../src/features/identity-providers/forms/provider-input.ts';
import { toUpdateResourceServerInput } from '../../src/features/resource-servers/forms/resource-server-input.ts';
import { emulatorTarget, uniqueName } from './support/targets.ts';

const METADATA = `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/slo"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

async function createPool(client: CognitoIdentityProviderClient) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: uniqueName('roundtrip'),
      Schema: [{ Name: 'department', AttributeDataType: 'String', Mutable: true }],
    }),
  );
  return UserPool!.Id!;
}

const PROVIDERS = [
  {
    ProviderName: 'FullOIDC',
    ProviderType: 'OIDC',
    ProviderDetails: {
      client_id: 'oidc-client',
      client_secret: 'oidc-secret',
      authorize_scopes: 'openid email profile',
      attributes_request_method: 'POST',
      oidc_issuer: 'https://issuer.example.com',
      authorize_url: 'https://issuer.example.com/authorize',
      token_url: 'https://issuer.example.com/token',
      attributes_url: 'https://issuer.example.com/userinfo',
      jwks_uri: 'https://issuer.example.com/jwks',
    },
    changed: { authorize_scopes: 'openid email' },
  },
  {
    ProviderName: 'FullSAML',
    ProviderType: 'SAML',
    ProviderDetails: {
      MetadataFile: METADATA,
      IDPSignout: 'true',
      IDPInit: 'true',
      EncryptedResponses: 'true',
      RequestSigningAlgorithm: 'rsa-sha256',
    },
    changed: { IDPInit: 'false' },
  },
  {
    ProviderName: 'Facebook',
    ProviderType: 'Facebook',
    ProviderDetails: {
      client_id: 'fb-id',
      client_secret: 'fb-secret',
      authorize_scopes: 'public_profile,email',
      api_version: 'v18.0',
    },
    changed: { client_secret: 'fb-secret-2' },
  },
  {
    ProviderName: 'SignInWithApple',
    ProviderType: 'SignInWithApple',
    ProviderDetails: {
      client_id: 'com.example.app',
      team_id: 'TEAM000001',
      key_id: 'KEY0000001',
      private_key: '-----BEGIN PRIVATE KEY-----\nZGVtbw==\n-----END PRIVATE KEY-----',
      authorize_scopes: 'email name',
    },
    changed: { key_id: 'KEY0000002' },
  },
] as const;

describe('console update mappers round-trip through the emulator', () => {
  const client = emulatorTarget().admin();

  it.each(PROVIDERS)(
    'changing one $ProviderType detail keeps every other field',
    async ({ changed, ...provider }) => {
      const UserPoolId = await createPool(client);
      await client.send(
        new CreateIdentityProviderCommand({
          UserPoolId,
          ...provider,
          ProviderDetails: { ...provider.ProviderDetails },
          AttributeMapping: { email: 'email', name: 'name', 'custom:department': 'dept' },
          IdpIdentifiers: ['example.com', 'corp.example'],
        }),
      );
      const describe = () =>
        client.send(
          new DescribeIdentityProviderCommand({ UserPoolId, ProviderName: provider.ProviderName }),
        );
      const before = (await describe()).IdentityProvider!;

      const input = toUpdateIdentityProviderInput(before, { details: changed });
      await client.send(new UpdateIdentityProviderCommand(input));
      const after = (await describe()).IdentityProvider!;

      expect(after.ProviderDetails).toEqual({ ...before.ProviderDetails, ...changed });
      expect(after.AttributeMapping).toEqual(before.AttributeMapping);
      expect(after.IdpIdentifiers).toEqual(before.IdpIdentifiers);
      expect(after.ProviderType).toBe(before.ProviderType);
      expect(after.CreationDate).toEqual(before.CreationDate);
    },
  );

  it('changing the mapping alone keeps every detail, secrets included', async () => {
    const UserPoolId = await createPool(client);
    const provider = PROVIDERS[0];
    await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: provider.ProviderName,
        ProviderType: provider.ProviderType,
        ProviderDetails: { ...provider.ProviderDetails },
        AttributeMapping: { email: 'email' },
        IdpIdentifiers: ['example.com'],
      }),
    );
    const describe = () =>
      client.send(
        new DescribeIdentityProviderCommand({ UserPoolId, ProviderName: provider.ProviderName }),
      );
    const before = (await describe()).IdentityProvider!;
    await client.send(
      new UpdateIdentityProviderCommand(
        toUpdateIdentityProviderInput(before, {
          attributeMapping: { ...before.AttributeMapping, name: 'full_name' },
        }),
      ),
    );
    const after = (await describe()).IdentityProvider!;
    expect(after.ProviderDetails).toEqual(before.ProviderDetails);
    expect(after.IdpIdentifiers).toEqual(before.IdpIdentifiers);
    expect(after.AttributeMapping).toEqual({ ...before.AttributeMapping, name: 'full_name' });
  });

  it('renaming a resource server keeps all its scopes; editing one scope keeps the name', async () => {
    const UserPoolId = await createPool(client);
    const Identifier = 'https://api.roundtrip.example.com';
    await client.send(
      new CreateResourceServerCommand({
        UserPoolId,
        Identifier,
        Name: 'Roundtrip API',
        Scopes: [
          { ScopeName: 'orders.read', ScopeDescription: 'Read orders' },
          { ScopeName: 'orders.write', ScopeDescription: 'Write orders' },
          { ScopeName: 'admin', ScopeDescription: 'Administer' },
        ],
      }),
    );
    const describe = async () =>
      (await client.send(new DescribeResourceServerCommand({ UserPoolId, Identifier })))
        .ResourceServer!;
    const before = await describe();

    await client.send(
      new UpdateResourceServerCommand(toUpdateResourceServerInput(before, { name: 'Renamed API' })),
    );
    const renamed = await describe();
    expect(renamed).toEqual({ ...before, Name: 'Renamed API' });

    const scopes = (renamed.Scopes ?? []).map((s) => ({
      name: s.ScopeName!,
      description: s.ScopeName === 'admin' ? 'Administer everything' : s.ScopeDescription!,
    }));
    await client.send(
      new UpdateResourceServerCommand(toUpdateResourceServerInput(renamed, { scopes })),
    );
    const edited = await describe();
    expect(edited.Name).toBe('Renamed API');
    expect(edited.Scopes).toEqual(
      (before.Scopes ?? []).map((s) =>
        s.ScopeName === 'admin' ? { ...s, ScopeDescription: 'Administer everything' } : s,
      ),
    );
  });
});
