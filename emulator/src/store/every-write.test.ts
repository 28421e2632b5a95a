import * as idp from '@aws-sdk/client-cognito-identity-provider';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEEDED } from '../seed/seeded.ts';
import { startEmulator } from '../server.ts';
import { adminClient, publicClient } from '../users/test-emulator.ts';
import { allRecords } from './records.ts';
import { Store } from './store.ts';
import type { EmulatorState } from './types.ts';
import { QUOTAS_OFF } from '../traffic/quotas.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const recordsOf = (state: EmulatorState) =>
  new Map(
    [...allRecords(state)].map(([key, value]) => [JSON.stringify(key), JSON.stringify(value)]),
  );

const POOL = SEEDED.customerPool.id;
const demo = SEEDED.customerPool.demoCustomer;

/** One request of each kind of write, each answered only once durable. */
const WRITES: [operation: string, input: Record<string, unknown>][] = [
  [
    'UpdateUserPool',
    { UserPoolId: POOL, DeletionProtection: 'ACTIVE', AutoVerifiedAttributes: ['email'] },
  ],
  [
    'AddCustomAttributes',
    { UserPoolId: POOL, CustomAttributes: [{ Name: 'team', AttributeDataType: 'String' }] },
  ],
  [
    'SetUserPoolMfaConfig',
    {
      UserPoolId: POOL,
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    },
  ],
  ['CreateGroup', { UserPoolId: POOL, GroupName: 'kept', Precedence: 4 }],
  ['CreateGroup', { UserPoolId: POOL, GroupName: 'gone' }],
  ['UpdateGroup', { UserPoolId: POOL, GroupName: 'kept', Description: 'changed' }],
  [
    'AdminCreateUser',
    {
      UserPoolId: POOL,
      Username: 'ann',
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: 'ann@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ],
    },
  ],
  [
    'AdminCreateUser',
    {
      UserPoolId: POOL,
      Username: 'ann2',
      MessageAction: 'SUPPRESS',
      ForceAliasCreation: true,
      UserAttributes: [
        { Name: 'email', Value: 'ann@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ],
    },
  ],
  ['AdminAddUserToGroup', { UserPoolId: POOL, Username: 'ann', GroupName: 'kept' }],
  ['AdminAddUserToGroup', { UserPoolId: POOL, Username: 'ann', GroupName: 'gone' }],
  ['DeleteGroup', { UserPoolId: POOL, GroupName: 'gone' }],
  [
    'AdminUpdateUserAttributes',
    {
      UserPoolId: POOL,
      Username: 'ann',
      UserAttributes: [
        { Name: 'name', Value: 'Ann' },
        { Name: 'phone_number', Value: '+15550001111' },
      ],
    },
  ],
  [
    'AdminDeleteUserAttributes',
    { UserPoolId: POOL, Username: 'ann', UserAttributeNames: ['phone_number'] },
  ],
  ['AdminDisableUser', { UserPoolId: POOL, Username: 'ann' }],
  ['AdminEnableUser', { UserPoolId: POOL, Username: 'ann' }],
  [
    'AdminSetUserSettings',
    {
      UserPoolId: POOL,
      Username: 'ann',
      MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }],
    },
  ],
  [
    'AdminSetUserMFAPreference',
    { UserPoolId: POOL, Username: 'ann', SMSMfaSettings: { Enabled: false, PreferredMfa: false } },
  ],
  [
    'AdminSetUserPassword',
    { UserPoolId: POOL, Username: 'ann2', Password: 'Set-Pass-2026!', Permanent: true },
  ],
  ['AdminResetUserPassword', { UserPoolId: POOL, Username: 'ann2' }],
  ['AdminUserGlobalSignOut', { UserPoolId: POOL, Username: 'ann2' }],
  [
    'AdminLinkProviderForUser',
    {
      UserPoolId: POOL,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'ann2' },
      SourceUser: {
        ProviderName: 'Google',
        ProviderAttributeName: 'Cognito_Subject',
        ProviderAttributeValue: '42',
      },
    },
  ],
  [
    'AdminDisableProviderForUser',
    {
      UserPoolId: POOL,
      User: {
        ProviderName: 'Google',
        ProviderAttributeName: 'Cognito_Subject',
        ProviderAttributeValue: '42',
      },
    },
  ],
  [
    'CreateResourceServer',
    {
      UserPoolId: POOL,
      Identifier: 'https://kept.example',
      Name: 'kept',
      Scopes: [
        { ScopeName: 'read', ScopeDescription: 'Read' },
        { ScopeName: 'write', ScopeDescription: 'Write' },
      ],
    },
  ],
  [
    'UpdateResourceServer',
    {
      UserPoolId: POOL,
      Identifier: 'https://kept.example',
      Name: 'kept',
      Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }],
    },
  ],
  [
    'CreateIdentityProvider',
    {
      UserPoolId: POOL,
      ProviderName: 'Partner2',
      ProviderType: 'OIDC',
      ProviderDetails: {
        client_id: 'c',
        client_secret: 's',
        authorize_scopes: 'openid',
        attributes_request_method: 'GET',
        oidc_issuer: 'https://issuer.example',
      },
    },
  ],
  [
    'UpdateIdentityProvider',
    { UserPoolId: POOL, ProviderName: 'Partner2', IdpIdentifiers: ['partner2.example'] },
  ],
  ['DeleteIdentityProvider', { UserPoolId: POOL, ProviderName: 'CorpSAML' }],
  ['DeleteResourceServer', { UserPoolId: POOL, Identifier: 'https://api.acme.example.com' }],
  [
    'UpdateUserPoolDomain',
    { UserPoolId: POOL, Domain: 'acme-customers-demo', ManagedLoginVersion: 2 },
  ],
  ['DeleteUserPoolDomain', { UserPoolId: POOL, Domain: 'acme-customers-demo' }],
  ['CreateUserPoolDomain', { UserPoolId: POOL, Domain: 'acme-kept-demo' }],
  ['CreateUserPool', { PoolName: 'written' }],
  ['DeleteUserPool', { UserPoolId: SEEDED.staffPool.id }],
];

const commandFor = (operation: string) =>
  (idp as unknown as Record<string, new (input: unknown) => idp.ServiceInputTypes>)[
    `${operation}Command`
  ]!;

describe('persistence of each write', () => {
  it('stores exactly what every write changed: memory and disk agree after a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-writes-'));
    dirs.push(dir);
    const emulator = await startEmulator({
      dataDir: dir,
      config: { seedCustomerUsers: 20, quotas: QUOTAS_OFF },
    });
    const client = adminClient(emulator.url);
    for (const [operation, input] of WRITES) {
      await client.send(new (commandFor(operation))(input) as never).catch((error: Error) => {
        throw new Error(`${operation}: ${error.name} ${error.message}`);
      });
    }
    // Sign-in writes a refresh token; deleting a client removes its tokens.
    const app = await client.send(
      new idp.CreateUserPoolClientCommand({
        UserPoolId: POOL,
        ClientName: 'kept',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    const clientId = app.UserPoolClient!.ClientId!;
    await client.send(
      new idp.UpdateUserPoolClientCommand({
        UserPoolId: POOL,
        ClientId: clientId,
        ClientName: 'kept',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    await publicClient(emulator.url).send(
      new idp.InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: demo.username, PASSWORD: demo.password },
      }),
    );
    await client.send(
      new idp.DeleteUserPoolClientCommand({
        UserPoolId: POOL,
        ClientId: SEEDED.customerPool.webClientId,
      }),
    );
    // An import job: created, its file uploaded to the pre-signed URL, started, and another
    // stopped (which deletes its file).
    const importJob = async () =>
      (
        await client.send(
          new idp.CreateUserImportJobCommand({
            UserPoolId: POOL,
            JobName: 'written',
            CloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/import-logs',
          }),
        )
      ).UserImportJob!;
    const { CSVHeader } = await client.send(new idp.GetCSVHeaderCommand({ UserPoolId: POOL }));
    for (const stop of [false, true]) {
      const job = await importJob();
      const uploaded = await fetch(job.PreSignedUrl!, {
        method: 'PUT',
        headers: { 'x-amz-server-side-encryption': 'aws:kms' },
        body: `${CSVHeader!.join(',')}\n`,
      });
      expect(uploaded.status).toBe(200);
      await client.send(new idp.StartUserImportJobCommand({ UserPoolId: POOL, JobId: job.JobId }));
      if (stop)
        await client.send(new idp.StopUserImportJobCommand({ UserPoolId: POOL, JobId: job.JobId }));
    }
    const inMemory = recordsOf(emulator.store.state);
    await emulator.close();

    const reopened = await Store.open(dir);
    const onDisk = recordsOf(reopened.state);
    await reopened.close();
    const differing = [...new Set([...inMemory.keys(), ...onDisk.keys()])].filter(
      (key) => inMemory.get(key) !== onDisk.get(key),
    );
    expect(differing).toEqual([]);
    expect([...onDisk.keys()].some((key) => key.startsWith('["refreshTokens"'))).toBe(true);
  }, 60_000);
});
