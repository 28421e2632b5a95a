import {
  CreateIdentityProviderCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  ListUserPoolClientsCommand,
  UpdateUserPoolClientCommand,
  type CognitoIdentityProviderClient,
  type UpdateUserPoolClientCommandInput,
  type UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { targets, uniqueName } from './support/targets.ts';

async function createPool(client: CognitoIdentityProviderClient) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({ PoolName: uniqueName('clients') }),
  );
  return UserPool!.Id!;
}

/** A pool with a resource server (api/read, api/write) and an OIDC provider named Partner. */
async function createOAuthPool(client: CognitoIdentityProviderClient) {
  const UserPoolId = await createPool(client);
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

/** Describe output turned back into an update: read-only fields removed (cognito-behaviour.md 11). */
function toUpdate(client: UserPoolClientType): UpdateUserPoolClientCommandInput {
  const { ClientSecret: _s, CreationDate: _c, LastModifiedDate: _m, ...rest } = client;
  return rest as UpdateUserPoolClientCommandInput;
}

describe.each(targets())('app clients on $name', (target) => {
  const client = target.admin();
  /** moto does not implement this AWS behaviour; the test documents that it differs. */
  const itAws = target.name === 'moto' ? it.fails : it;

  it('creates a client with a generated secret only when asked', async () => {
    const UserPoolId = await createPool(client);
    const plain = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'plain' }),
    );
    expect(plain.UserPoolClient?.ClientId).toMatch(/^[a-z0-9]{26}$/);
    expect(plain.UserPoolClient?.ClientSecret).toBeUndefined();
    const secret = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'secret', GenerateSecret: true }),
    );
    expect(secret.UserPoolClient?.ClientSecret?.length).toBeGreaterThan(20);
    const described = await client.send(
      new DescribeUserPoolClientCommand({ UserPoolId, ClientId: secret.UserPoolClient!.ClientId }),
    );
    expect(described.UserPoolClient).toEqual(secret.UserPoolClient);
  });

  // AWS: omitted ExplicitAuthFlows means refresh + SRP + custom; PreventUserExistenceErrors is LEGACY
  // for API-created clients; token revocation is on (API_CreateUserPoolClient.html).
  itAws('gives a new client AWS defaults', async () => {
    const UserPoolId = await createPool(client);
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'd' }),
    );
    expect(UserPoolClient).toMatchObject({
      RefreshTokenValidity: 30,
      AllowedOAuthFlowsUserPoolClient: false,
      PreventUserExistenceErrors: 'LEGACY',
      EnableTokenRevocation: true,
      AuthSessionValidity: 3,
    });
    expect(UserPoolClient?.ExplicitAuthFlows?.sort()).toEqual([
      'ALLOW_CUSTOM_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ]);
  });

  it('answers ResourceNotFoundException for an unknown client', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () =>
        client.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId: 'a'.repeat(26) })),
      'ResourceNotFoundException',
    );
  });

  it('pages ListUserPoolClients with MaxResults and NextToken', async () => {
    const UserPoolId = await createPool(client);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { UserPoolClient } = await client.send(
        new CreateUserPoolClientCommand({ UserPoolId, ClientName: `c${i}` }),
      );
      ids.push(UserPoolClient!.ClientId!);
    }
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new ListUserPoolClientsCommand({ UserPoolId, MaxResults: 2, NextToken }),
      );
      expect(page.UserPoolClients!.length).toBeLessThanOrEqual(2);
      for (const c of page.UserPoolClients!) expect(c.UserPoolId).toBe(UserPoolId);
      seen.push(...page.UserPoolClients!.map((c) => c.ClientId!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen.sort()).toEqual(ids.sort());
  });

  it('deletes a client', async () => {
    const UserPoolId = await createPool(client);
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'x' }),
    );
    await client.send(
      new DeleteUserPoolClientCommand({ UserPoolId, ClientId: UserPoolClient!.ClientId }),
    );
    await expectAwsError(
      () =>
        client.send(
          new DescribeUserPoolClientCommand({ UserPoolId, ClientId: UserPoolClient!.ClientId }),
        ),
      'ResourceNotFoundException',
    );
  });

  // AWS: redirect URIs need HTTPS except http://localhost (API_CreateUserPoolClient.html, CallbackURLs).
  itAws(
    'rejects an http callback URL that is not localhost, accepts localhost and app schemes',
    async () => {
      const UserPoolId = await createPool(client);
      await expectAwsError(
        () =>
          client.send(
            new CreateUserPoolClientCommand({
              UserPoolId,
              ClientName: 'c',
              CallbackURLs: ['http://example.com/cb'],
            }),
          ),
        'InvalidParameterException',
      );
      await client.send(
        new CreateUserPoolClientCommand({
          UserPoolId,
          ClientName: 'c',
          CallbackURLs: ['http://localhost:3000/cb', 'myapp://callback', 'https://example.com/cb'],
        }),
      );
    },
  );

  // AWS: DefaultRedirectURI must be one of the CallbackURLs (API_CreateUserPoolClient.html).
  itAws('rejects a DefaultRedirectURI that is not a callback URL', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () =>
        client.send(
          new CreateUserPoolClientCommand({
            UserPoolId,
            ClientName: 'c',
            CallbackURLs: ['https://a.example.com/cb'],
            DefaultRedirectURI: 'https://b.example.com/cb',
          }),
        ),
      'InvalidParameterException',
    );
  });

  // AWS: a scope must be standard or a resource server's identifier/scope (ScopeDoesNotExistException).
  itAws('rejects a scope that does not exist', async () => {
    const UserPoolId = await createOAuthPool(client);
    await expectAwsError(
      () =>
        client.send(
          new CreateUserPoolClientCommand({
            UserPoolId,
            ClientName: 'c',
            AllowedOAuthFlowsUserPoolClient: true,
            AllowedOAuthFlows: ['code'],
            AllowedOAuthScopes: ['openid', 'api/delete'],
            CallbackURLs: ['https://example.com/cb'],
          }),
        ),
      'ScopeDoesNotExistException',
    );
  });

  // AWS: SupportedIdentityProviders must be COGNITO or a provider of the pool.
  itAws('rejects an identity provider the pool does not have', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () =>
        client.send(
          new CreateUserPoolClientCommand({
            UserPoolId,
            ClientName: 'c',
            SupportedIdentityProviders: ['Nobody'],
          }),
        ),
      'InvalidParameterException',
    );
  });

  // AWS: client_credentials needs a client secret (InvalidOAuthFlowException, API_CreateUserPoolClient.html).
  itAws('rejects client_credentials on a client without a secret', async () => {
    const UserPoolId = await createOAuthPool(client);
    await expectAwsError(
      () =>
        client.send(
          new CreateUserPoolClientCommand({
            UserPoolId,
            ClientName: 'c',
            AllowedOAuthFlowsUserPoolClient: true,
            AllowedOAuthFlows: ['client_credentials'],
            AllowedOAuthScopes: ['api/read'],
          }),
        ),
      'InvalidOAuthFlowException',
    );
  });

  // AWS: access and ID tokens last 5 minutes to 1 day (API_CreateUserPoolClient.html).
  itAws('rejects an access token validity outside 5 minutes to 1 day', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () =>
        client.send(
          new CreateUserPoolClientCommand({
            UserPoolId,
            ClientName: 'c',
            AccessTokenValidity: 2,
            TokenValidityUnits: { AccessToken: 'minutes' },
          }),
        ),
      'InvalidParameterException',
    );
    // 60 without units counts in hours: more than a day (cognito-behaviour.md item 12).
    await expectAwsError(
      () =>
        client.send(
          new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'c', AccessTokenValidity: 60 }),
        ),
      'InvalidParameterException',
    );
  });

  // AWS: UpdateUserPoolClient resets what it omits (cognito-behaviour.md item 11).
  itAws('resets omitted settings on update', async () => {
    const UserPoolId = await createOAuthPool(client);
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: 'c',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        SupportedIdentityProviders: ['COGNITO'],
        CallbackURLs: ['https://example.com/cb'],
      }),
    );
    const updated = await client.send(
      new UpdateUserPoolClientCommand({ UserPoolId, ClientId: UserPoolClient!.ClientId }),
    );
    expect(updated.UserPoolClient?.ClientName).toBe('c');
    expect(updated.UserPoolClient?.SupportedIdentityProviders ?? []).toEqual([]);
    expect(updated.UserPoolClient?.CallbackURLs ?? []).toEqual([]);
    expect(updated.UserPoolClient?.ExplicitAuthFlows?.sort()).toEqual([
      'ALLOW_CUSTOM_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ]);
  });

  it('round-trips a fully populated client through Describe and Update unchanged', async () => {
    const UserPoolId = await createOAuthPool(client);
    const { UserPoolClient: created } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: 'full',
        GenerateSecret: true,
        RefreshTokenValidity: 10,
        AccessTokenValidity: 30,
        IdTokenValidity: 45,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
        ReadAttributes: ['email', 'name'],
        WriteAttributes: ['name'],
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        SupportedIdentityProviders: ['COGNITO', 'Partner'],
        CallbackURLs: ['https://app.example.com/cb', 'http://localhost:3000/cb'],
        LogoutURLs: ['https://app.example.com/out'],
        DefaultRedirectURI: 'https://app.example.com/cb',
        AllowedOAuthFlows: ['code', 'implicit'],
        AllowedOAuthScopes: ['openid', 'email', 'api/read'],
        AllowedOAuthFlowsUserPoolClient: true,
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
        EnablePropagateAdditionalUserContextData: false,
        AuthSessionValidity: 5,
      }),
    );
    const before = await client.send(
      new DescribeUserPoolClientCommand({ UserPoolId, ClientId: created!.ClientId }),
    );
    await client.send(new UpdateUserPoolClientCommand(toUpdate(before.UserPoolClient!)));
    const after = await client.send(
      new DescribeUserPoolClientCommand({ UserPoolId, ClientId: created!.ClientId }),
    );
    const { LastModifiedDate: _a, ...beforeRest } = before.UserPoolClient!;
    const { LastModifiedDate: _b, ...afterRest } = after.UserPoolClient!;
    expect(afterRest).toEqual(beforeRest);
  });
});
