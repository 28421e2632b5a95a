/**
 * The console's pure update mappers against the real emulator: create fully populated resources,
 * change one field through the mapper, and check with Describe/Get that nothing else moved.
 */
import {
  CreateGroupCommand,
  CreateIdentityProviderCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  GetGroupCommand,
  UpdateGroupCommand,
  UpdateUserPoolClientCommand,
  type CognitoIdentityProviderClient,
  type UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { toUpdateUserPoolClientInput } from '../../src/features/clients/forms/update-client-input.ts';
import { toUpdateGroupInput } from '../../src/features/groups/forms/group-input.ts';
import { emulatorTarget, uniqueName } from './support/targets.ts';

async function createPool(client: CognitoIdentityProviderClient) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: uniqueName('roundtrip'),
      Schema: [{ Name: 'tier', AttributeDataType: 'String', Mutable: true }],
    }),
  );
  const UserPoolId = UserPool!.Id!;
  await client.send(
    new CreateResourceServerCommand({
      UserPoolId,
      Identifier: 'api',
      Name: 'API',
      Scopes: [
        { ScopeName: 'read', ScopeDescription: 'Read' },
        { ScopeName: 'write', ScopeDescription: 'Write' },
      ],
    }),
  );
  await client.send(
    new CreateIdentityProviderCommand({
      UserPoolId,
      ProviderName: 'Partner',
      ProviderType: 'OIDC',
      ProviderDetails: {
        client_id: 'id',
        client_secret: 'secret',
        authorize_scopes: 'openid email',
        attributes_request_method: 'GET',
        oidc_issuer: 'https://issuer.example.com',
      },
    }),
  );
  return UserPoolId;
}

const withoutDates = ({ LastModifiedDate: _m, ...rest }: UserPoolClientType) => rest;

describe('console update mappers round-trip through the emulator', () => {
  const admin = emulatorTarget().admin();

  it('UpdateGroup via toUpdateGroupInput changes one field and keeps the others', async () => {
    const UserPoolId = await createPool(admin);
    const role = 'arn:aws:iam::123456789012:role/premium';
    await admin.send(
      new CreateGroupCommand({
        UserPoolId,
        GroupName: 'premium',
        Description: 'Paying customers',
        Precedence: 7,
        RoleArn: role,
      }),
    );
    const { Group: before } = await admin.send(
      new GetGroupCommand({ UserPoolId, GroupName: 'premium' }),
    );
    await admin.send(new UpdateGroupCommand(toUpdateGroupInput(before!, { precedence: 2 })));
    const { Group: after } = await admin.send(
      new GetGroupCommand({ UserPoolId, GroupName: 'premium' }),
    );
    expect(after).toMatchObject({
      GroupName: 'premium',
      Description: 'Paying customers',
      Precedence: 2,
      RoleArn: role,
    });
  });

  it('UpdateUserPoolClient via toUpdateUserPoolClientInput: no change, then one change', async () => {
    const UserPoolId = await createPool(admin);
    const { UserPoolClient: created } = await admin.send(
      new CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: 'full',
        GenerateSecret: true,
        AccessTokenValidity: 30,
        IdTokenValidity: 2,
        RefreshTokenValidity: 14,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'hours', RefreshToken: 'days' },
        AuthSessionValidity: 7,
        ReadAttributes: ['email', 'name', 'custom:tier'],
        WriteAttributes: ['name', 'custom:tier'],
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_CUSTOM_AUTH'],
        SupportedIdentityProviders: ['COGNITO', 'Partner'],
        CallbackURLs: ['https://app.example.com/cb', 'http://localhost:3000/cb'],
        LogoutURLs: ['https://app.example.com/bye'],
        DefaultRedirectURI: 'https://app.example.com/cb',
        AllowedOAuthFlows: ['code', 'implicit'],
        AllowedOAuthScopes: ['openid', 'email', 'api/read'],
        AllowedOAuthFlowsUserPoolClient: true,
        AnalyticsConfiguration: {
          ApplicationId: '0123456789abcdef0123456789abcdef',
          RoleArn: 'arn:aws:iam::123456789012:role/pinpoint',
          ExternalId: 'ext',
          UserDataShared: true,
        },
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: false,
        EnablePropagateAdditionalUserContextData: true,
      }),
    );
    const ClientId = created!.ClientId!;
    const describe = async () =>
      (await admin.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId })))
        .UserPoolClient!;

    const before = await describe();
    await admin.send(new UpdateUserPoolClientCommand(toUpdateUserPoolClientInput(before, {})));
    const unchanged = await describe();
    expect(withoutDates(unchanged)).toEqual(withoutDates(before));

    await admin.send(
      new UpdateUserPoolClientCommand(
        toUpdateUserPoolClientInput(unchanged, { LogoutURLs: ['https://app.example.com/out'] }),
      ),
    );
    const after = await describe();
    expect(withoutDates(after)).toEqual({
      ...withoutDates(before),
      LogoutURLs: ['https://app.example.com/out'],
    });
    expect(after.ClientSecret).toBe(before.ClientSecret);
  });
});
