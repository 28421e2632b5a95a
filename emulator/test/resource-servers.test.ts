import {
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteResourceServerCommand,
  DescribeResourceServerCommand,
  DescribeUserPoolClientCommand,
  ListResourceServersCommand,
  UpdateResourceServerCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { targets, uniqueName } from './support/targets.ts';

async function createPool(client: CognitoIdentityProviderClient) {
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: uniqueName('rs') }));
  return UserPool!.Id!;
}

const SCOPES = [
  { ScopeName: 'read', ScopeDescription: 'Read' },
  { ScopeName: 'write', ScopeDescription: 'Write' },
];

describe.each(targets())('resource servers on $name', (target) => {
  const client = target.admin();
  /** moto does not implement this AWS behaviour; the test documents that it differs. */
  const itAws = target.name === 'moto' ? it.fails : it;

  it('creates, describes and lists a resource server', async () => {
    const UserPoolId = await createPool(client);
    const { ResourceServer } = await client.send(
      new CreateResourceServerCommand({
        UserPoolId,
        Identifier: 'https://api.example.com',
        Name: 'API',
        Scopes: SCOPES,
      }),
    );
    expect(ResourceServer).toEqual({
      UserPoolId,
      Identifier: 'https://api.example.com',
      Name: 'API',
      Scopes: SCOPES,
    });
    const described = await client.send(
      new DescribeResourceServerCommand({ UserPoolId, Identifier: 'https://api.example.com' }),
    );
    expect(described.ResourceServer).toEqual(ResourceServer);
    const listed = await client.send(
      new ListResourceServersCommand({ UserPoolId, MaxResults: 50 }),
    );
    expect(listed.ResourceServers).toEqual([ResourceServer]);
  });

  it('refuses a second resource server with the same identifier', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateResourceServerCommand({ UserPoolId, Identifier: 'api', Name: 'API' }),
    );
    await expectAwsError(
      () =>
        client.send(
          new CreateResourceServerCommand({ UserPoolId, Identifier: 'api', Name: 'API' }),
        ),
      'InvalidParameterException',
    );
  });

  // AWS: ScopeName has no spaces, quotes, slashes or backslashes (model pattern; cognito-behaviour.md 41).
  itAws('rejects a scope name with a slash or a space', async () => {
    const UserPoolId = await createPool(client);
    for (const ScopeName of ['a/b', 'a b']) {
      await expectAwsError(
        () =>
          client.send(
            new CreateResourceServerCommand({
              UserPoolId,
              Identifier: 'api',
              Name: 'API',
              Scopes: [{ ScopeName, ScopeDescription: 'x' }],
            }),
          ),
        'InvalidParameterException',
      );
    }
  });

  // AWS: 25 resource servers per user pool (quotas.html) -> LimitExceededException.
  itAws('allows 25 resource servers per pool', async () => {
    const UserPoolId = await createPool(client);
    for (let i = 0; i < 25; i++) {
      await client.send(
        new CreateResourceServerCommand({ UserPoolId, Identifier: `api-${i}`, Name: 'API' }),
      );
    }
    await expectAwsError(
      () =>
        client.send(
          new CreateResourceServerCommand({ UserPoolId, Identifier: 'api-25', Name: 'API' }),
        ),
      'LimitExceededException',
    );
  });

  it('pages ListResourceServers', async () => {
    const UserPoolId = await createPool(client);
    for (const id of ['a', 'b', 'c']) {
      await client.send(new CreateResourceServerCommand({ UserPoolId, Identifier: id, Name: id }));
    }
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new ListResourceServersCommand({ UserPoolId, MaxResults: 2, NextToken }),
      );
      seen.push(...page.ResourceServers!.map((s) => s.Identifier!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
  });

  // AWS: UpdateResourceServer's Scopes replaces the whole list; omitting it leaves none (item 14).
  itAws('UpdateResourceServer replaces the scopes, and no Scopes means none', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateResourceServerCommand({
        UserPoolId,
        Identifier: 'api',
        Name: 'API',
        Scopes: SCOPES,
      }),
    );
    const { ResourceServer } = await client.send(
      new UpdateResourceServerCommand({
        UserPoolId,
        Identifier: 'api',
        Name: 'Renamed',
        Scopes: [SCOPES[0]!],
      }),
    );
    expect(ResourceServer).toMatchObject({ Name: 'Renamed', Scopes: [SCOPES[0]] });
    const cleared = await client.send(
      new UpdateResourceServerCommand({ UserPoolId, Identifier: 'api', Name: 'API' }),
    );
    expect(cleared.ResourceServer?.Scopes ?? []).toEqual([]);
  });

  // moto has no DeleteResourceServer; AWS documents it (API_DeleteResourceServer.html).
  itAws('deletes a resource server', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateResourceServerCommand({ UserPoolId, Identifier: 'api', Name: 'API' }),
    );
    await client.send(new DeleteResourceServerCommand({ UserPoolId, Identifier: 'api' }));
    await expectAwsError(
      () => client.send(new DescribeResourceServerCommand({ UserPoolId, Identifier: 'api' })),
      'ResourceNotFoundException',
    );
  });

  // Deleting a resource server that clients use succeeds on AWS and leaves the clients working
  // (aws-cloudformation/cloudformation-coverage-roadmap#173); its scopes leave the clients.
  itAws('deleting a resource server in use removes its scopes from clients', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateResourceServerCommand({
        UserPoolId,
        Identifier: 'api',
        Name: 'API',
        Scopes: SCOPES,
      }),
    );
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: 'c',
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'api/read'],
        CallbackURLs: ['https://example.com/cb'],
      }),
    );
    await client.send(new DeleteResourceServerCommand({ UserPoolId, Identifier: 'api' }));
    const described = await client.send(
      new DescribeUserPoolClientCommand({ UserPoolId, ClientId: UserPoolClient!.ClientId }),
    );
    expect(described.UserPoolClient?.AllowedOAuthScopes).toEqual(['openid']);
  });
});
