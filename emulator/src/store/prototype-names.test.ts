import * as idp from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server.ts';
import { SEEDED } from '../seed/seeded.ts';
import { adminClient, startTestEmulator } from '../users/test-emulator.ts';
import { allRecords } from './records.ts';
import type { EmulatorState } from './types.ts';

/** Names that are properties of every plain object: they must be data like any other name. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
/** Names no operation may choke on: empty, blank, huge, control characters, path-like. */
const BAD_NAMES = ['', ' ', 'x'.repeat(300), 'a\u0000b', '../../etc', '%00', '{}', '["a"]'];
const NAMES = [...PROTOTYPE_NAMES, ...BAD_NAMES];

const POOL = SEEDED.customerPool.id;
const CLIENT = SEEDED.customerPool.webClientId;
const USER = SEEDED.customerPool.demoCustomer.username;
const GROUP = 'premium';
const DEVICE = 'us-east-1_00000000-0000-0000-0000-000000000000';

/** Every operation that takes a name, with a request that puts `name` where a name goes. */
const REQUESTS: [operation: string, input: (name: string) => Record<string, unknown>][] = [
  ['AdminGetUser', (n) => ({ UserPoolId: POOL, Username: n })],
  ['AdminDeleteUser', (n) => ({ UserPoolId: POOL, Username: n })],
  ['AdminDisableUser', (n) => ({ UserPoolId: POOL, Username: n })],
  ['AdminEnableUser', (n) => ({ UserPoolId: POOL, Username: n })],
  ['AdminConfirmSignUp', (n) => ({ UserPoolId: POOL, Username: n })],
  ['AdminResetUserPassword', (n) => ({ UserPoolId: POOL, Username: n })],
  ['AdminUserGlobalSignOut', (n) => ({ UserPoolId: POOL, Username: n })],
  ['AdminListGroupsForUser', (n) => ({ UserPoolId: POOL, Username: n })],
  ['AdminListDevices', (n) => ({ UserPoolId: POOL, Username: n })],
  [
    'AdminSetUserPassword',
    (n) => ({ UserPoolId: POOL, Username: n, Password: 'Fuzz-Pass-2026!', Permanent: true }),
  ],
  [
    'AdminSetUserSettings',
    (n) => ({
      UserPoolId: POOL,
      Username: n,
      MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }],
    }),
  ],
  [
    'AdminUpdateUserAttributes',
    (n) => ({ UserPoolId: POOL, Username: n, UserAttributes: [{ Name: 'name', Value: 'x' }] }),
  ],
  [
    'AdminUpdateUserAttributes',
    (n) => ({ UserPoolId: POOL, Username: USER, UserAttributes: [{ Name: n, Value: 'x' }] }),
  ],
  [
    'AdminDeleteUserAttributes',
    (n) => ({ UserPoolId: POOL, Username: n, UserAttributeNames: ['name'] }),
  ],
  [
    'AdminDeleteUserAttributes',
    (n) => ({ UserPoolId: POOL, Username: USER, UserAttributeNames: [n] }),
  ],
  ['AdminAddUserToGroup', (n) => ({ UserPoolId: POOL, Username: n, GroupName: GROUP })],
  ['AdminAddUserToGroup', (n) => ({ UserPoolId: POOL, Username: USER, GroupName: n })],
  ['AdminRemoveUserFromGroup', (n) => ({ UserPoolId: POOL, Username: n, GroupName: GROUP })],
  ['AdminRemoveUserFromGroup', (n) => ({ UserPoolId: POOL, Username: USER, GroupName: n })],
  ['AdminGetDevice', (n) => ({ UserPoolId: POOL, Username: n, DeviceKey: DEVICE })],
  ['AdminGetDevice', (n) => ({ UserPoolId: POOL, Username: USER, DeviceKey: n })],
  ['AdminForgetDevice', (n) => ({ UserPoolId: POOL, Username: USER, DeviceKey: n })],
  [
    'AdminUpdateDeviceStatus',
    (n) => ({
      UserPoolId: POOL,
      Username: n,
      DeviceKey: DEVICE,
      DeviceRememberedStatus: 'remembered',
    }),
  ],
  [
    'AdminLinkProviderForUser',
    (n) => ({
      UserPoolId: POOL,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: n },
      SourceUser: {
        ProviderName: 'Google',
        ProviderAttributeName: 'Cognito_Subject',
        ProviderAttributeValue: '1',
      },
    }),
  ],
  [
    'AdminLinkProviderForUser',
    (n) => ({
      UserPoolId: POOL,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: USER },
      SourceUser: {
        ProviderName: n,
        ProviderAttributeName: 'Cognito_Subject',
        ProviderAttributeValue: n,
      },
    }),
  ],
  [
    'AdminDisableProviderForUser',
    (n) => ({
      UserPoolId: POOL,
      User: {
        ProviderName: n,
        ProviderAttributeName: 'Cognito_Subject',
        ProviderAttributeValue: n,
      },
    }),
  ],
  [
    'AdminDisableProviderForUser',
    (n) => ({
      UserPoolId: POOL,
      User: {
        ProviderName: 'Cognito',
        ProviderAttributeName: 'Cognito_Subject',
        ProviderAttributeValue: n,
      },
    }),
  ],
  ['ListUsers', (n) => ({ UserPoolId: POOL, Filter: `username = "${n}"` })],
  ['ListUsers', (n) => ({ UserPoolId: POOL, Filter: `${n} = "x"` })],
  ['ListUsers', (n) => ({ UserPoolId: POOL, AttributesToGet: [n] })],
  ['ListUsers', (n) => ({ UserPoolId: POOL, PaginationToken: n })],
  ['GetGroup', (n) => ({ UserPoolId: POOL, GroupName: n })],
  ['UpdateGroup', (n) => ({ UserPoolId: POOL, GroupName: n, Description: 'changed' })],
  ['DeleteGroup', (n) => ({ UserPoolId: POOL, GroupName: n })],
  ['ListUsersInGroup', (n) => ({ UserPoolId: POOL, GroupName: n })],
  ['ListGroups', (n) => ({ UserPoolId: POOL, NextToken: n })],
  ['DescribeUserPoolClient', (n) => ({ UserPoolId: POOL, ClientId: n })],
  ['UpdateUserPoolClient', (n) => ({ UserPoolId: POOL, ClientId: n, ClientName: 'x' })],
  ['DeleteUserPoolClient', (n) => ({ UserPoolId: POOL, ClientId: n })],
  [
    'UpdateUserPoolClient',
    (n) => ({ UserPoolId: POOL, ClientId: CLIENT, SupportedIdentityProviders: [n] }),
  ],
  [
    'InitiateAuth',
    (n) => ({ ClientId: n, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: n } }),
  ],
  [
    'InitiateAuth',
    (n) => ({
      ClientId: CLIENT,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: n, PASSWORD: 'Whatever-1!' },
    }),
  ],
  [
    'InitiateAuth',
    (n) => ({
      ClientId: CLIENT,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: n },
    }),
  ],
  [
    'RespondToAuthChallenge',
    (n) => ({
      ClientId: CLIENT,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: n,
      ChallengeResponses: { USERNAME: n, NEW_PASSWORD: 'x', [n]: n },
    }),
  ],
  ['DescribeIdentityProvider', (n) => ({ UserPoolId: POOL, ProviderName: n })],
  ['UpdateIdentityProvider', (n) => ({ UserPoolId: POOL, ProviderName: n, IdpIdentifiers: [] })],
  ['DeleteIdentityProvider', (n) => ({ UserPoolId: POOL, ProviderName: n })],
  ['GetIdentityProviderByIdentifier', (n) => ({ UserPoolId: POOL, IdpIdentifier: n })],
  [
    'UpdateIdentityProvider',
    (n) => ({ UserPoolId: POOL, ProviderName: 'Google', AttributeMapping: { [n]: 'email' } }),
  ],
  [
    'UpdateIdentityProvider',
    (n) => ({ UserPoolId: POOL, ProviderName: 'Google', ProviderDetails: { [n]: 'x' } }),
  ],
  ['DescribeResourceServer', (n) => ({ UserPoolId: POOL, Identifier: n })],
  ['UpdateResourceServer', (n) => ({ UserPoolId: POOL, Identifier: n, Name: 'x' })],
  ['DeleteResourceServer', (n) => ({ UserPoolId: POOL, Identifier: n })],
  ['DescribeUserPoolDomain', (n) => ({ Domain: n })],
  ['UpdateUserPoolDomain', (n) => ({ UserPoolId: POOL, Domain: n, ManagedLoginVersion: 2 })],
  ['DeleteUserPoolDomain', (n) => ({ UserPoolId: POOL, Domain: n })],
  ['DescribeUserPool', (n) => ({ UserPoolId: n })],
  ['DeleteUserPool', (n) => ({ UserPoolId: n })],
  ['UpdateUserPool', (n) => ({ UserPoolId: n })],
  ['GetUserPoolMfaConfig', (n) => ({ UserPoolId: n })],
  ['ListUsers', (n) => ({ UserPoolId: n })],
  ['ListUserPools', (n) => ({ MaxResults: 10, NextToken: n })],
  ['AddCustomAttributes', (n) => ({ UserPoolId: n, CustomAttributes: [{ Name: 'x' }] })],
  ['GetCSVHeader', (n) => ({ UserPoolId: n })],
  ['DescribeUserImportJob', (n) => ({ UserPoolId: POOL, JobId: n })],
  ['StartUserImportJob', (n) => ({ UserPoolId: POOL, JobId: n })],
  ['StopUserImportJob', (n) => ({ UserPoolId: POOL, JobId: n })],
  ['ListUserImportJobs', (n) => ({ UserPoolId: POOL, MaxResults: 10, PaginationToken: n })],
  ['ListUserImportJobs', (n) => ({ UserPoolId: n, MaxResults: 10 })],
  [
    'CreateUserImportJob',
    (n) => ({ UserPoolId: n, JobName: 'x', CloudWatchLogsRoleArn: 'arn:aws:iam::1:role/r' }),
  ],
];

/** Each record of the state as JSON, by its key: two snapshots are equal when nothing changed. */
function snapshot(state: EmulatorState): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of allRecords(state)) out.set(JSON.stringify(key), JSON.stringify(value));
  return out;
}

/** The keys of records that differ between two snapshots. */
function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

const commandFor = (operation: string) =>
  (idp as unknown as Record<string, new (input: unknown) => idp.ServiceInputTypes>)[
    `${operation}Command`
  ]!;

let emulator: RunningEmulator;
let client: idp.CognitoIdentityProviderClient;

async function call(operation: string, input: Record<string, unknown>) {
  try {
    const output = await client.send(new (commandFor(operation))(input) as never);
    return { status: 200, output: output as unknown as Record<string, unknown> };
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { status: e.$metadata?.httpStatusCode ?? 0, name: e.name, message: e.message };
  }
}

const plainObjectProperties = () => Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = adminClient(emulator.url);
});
afterAll(() => emulator.close());

describe('names that are properties of every object', { timeout: 120_000 }, () => {
  it('get a 4xx or a correct answer from every operation that takes a name, and change nothing', async () => {
    const properties = plainObjectProperties();
    const before = snapshot(emulator.store.state);
    const failures: string[] = [];
    for (const [operation, input] of REQUESTS) {
      for (const name of NAMES) {
        const result = await call(operation, input(name));
        if (result.status >= 500 || result.status === 0)
          failures.push(`${operation}(${JSON.stringify(name)}): ${result.status} ${result.name}`);
      }
    }
    expect(failures).toEqual([]);
    // Sign-outs, resets and removals of names that do not exist must not touch anyone else.
    expect(changedKeys(before, snapshot(emulator.store.state))).toEqual([]);
    expect(plainObjectProperties()).toEqual(properties);
    expect(({} as Record<string, unknown>).Description).toBeUndefined();
  });

  it('are found nowhere: lookups answer the not-found error AWS words for each resource', async () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(await call('AdminGetUser', { UserPoolId: POOL, Username: name })).toMatchObject({
        status: 400,
        name: 'UserNotFoundException',
      });
      expect(await call('GetGroup', { UserPoolId: POOL, GroupName: name })).toMatchObject({
        status: 400,
        name: 'ResourceNotFoundException',
      });
      expect(
        await call('DescribeUserPoolClient', { UserPoolId: POOL, ClientId: name }),
      ).toMatchObject({ status: 400 });
      expect(
        await call('DescribeResourceServer', { UserPoolId: POOL, Identifier: name }),
      ).toMatchObject({ status: 400, name: 'ResourceNotFoundException' });
      // An unknown domain is not an error on AWS: the description is empty. Domains have no "_".
      expect(await call('DescribeUserPoolDomain', { Domain: name })).toMatchObject(
        !/^[a-z0-9-]+$/.test(name)
          ? { status: 400, name: 'InvalidParameterException' }
          : { status: 200, output: { DomainDescription: {} } },
      );
    }
  });

  it('work as ordinary names through create, get, list, update and delete', async () => {
    const properties = plainObjectProperties();
    const before = snapshot(emulator.store.state);
    for (const name of PROTOTYPE_NAMES) {
      const ours = (key: string) => key.includes(JSON.stringify(name));

      expect(
        (await call('CreateGroup', { UserPoolId: POOL, GroupName: name, Precedence: 3 })).status,
      ).toBe(200);
      const group = await call('GetGroup', { UserPoolId: POOL, GroupName: name });
      expect(group.output?.Group).toMatchObject({ GroupName: name, Precedence: 3 });
      const groups = await call('ListGroups', { UserPoolId: POOL });
      expect((groups.output?.Groups as { GroupName: string }[]).map((g) => g.GroupName)).toContain(
        name,
      );
      await call('UpdateGroup', { UserPoolId: POOL, GroupName: name, Description: 'changed' });
      expect(
        (await call('GetGroup', { UserPoolId: POOL, GroupName: name })).output?.Group,
      ).toMatchObject({ Description: 'changed' });

      const created = await call('AdminCreateUser', {
        UserPoolId: POOL,
        Username: name,
        MessageAction: 'SUPPRESS',
      });
      expect(created.status).toBe(200);
      expect(
        (await call('AdminAddUserToGroup', { UserPoolId: POOL, Username: name, GroupName: name }))
          .status,
      ).toBe(200);
      const user = await call('AdminGetUser', { UserPoolId: POOL, Username: name });
      expect(user.output).toMatchObject({ Username: name, UserStatus: 'FORCE_CHANGE_PASSWORD' });
      const listed = await call('ListUsers', { UserPoolId: POOL, Filter: `username = "${name}"` });
      expect((listed.output?.Users as { Username: string }[]).map((u) => u.Username)).toEqual([
        name,
      ]);
      const members = await call('ListUsersInGroup', { UserPoolId: POOL, GroupName: name });
      expect((members.output?.Users as { Username: string }[]).map((u) => u.Username)).toEqual([
        name,
      ]);
      expect(
        (await call('AdminUserGlobalSignOut', { UserPoolId: POOL, Username: name })).status,
      ).toBe(200);
      await call('AdminDisableUser', { UserPoolId: POOL, Username: name });
      expect(
        (await call('AdminGetUser', { UserPoolId: POOL, Username: name })).output?.Enabled,
      ).toBe(false);

      const server = await call('CreateResourceServer', {
        UserPoolId: POOL,
        Identifier: name,
        Name: name,
        Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }],
      });
      expect(server.status).toBe(200);
      expect(
        (await call('DescribeResourceServer', { UserPoolId: POOL, Identifier: name })).output
          ?.ResourceServer,
      ).toMatchObject({ Identifier: name, Name: name });
      await call('UpdateResourceServer', { UserPoolId: POOL, Identifier: name, Name: 'renamed' });

      const app = await call('CreateUserPoolClient', { UserPoolId: POOL, ClientName: name });
      expect(app.status).toBe(200);
      const clientId = (app.output?.UserPoolClient as { ClientId: string }).ClientId;

      // Provider names may not start with "_" (the model's pattern): __proto__ is refused.
      const provider = await call('CreateIdentityProvider', {
        UserPoolId: POOL,
        ProviderName: name,
        ProviderType: 'OIDC',
        ProviderDetails: {
          client_id: 'c',
          client_secret: 's',
          authorize_scopes: 'openid',
          attributes_request_method: 'GET',
          oidc_issuer: 'https://issuer.example',
        },
      });
      expect(provider.status).toBe(name.startsWith('_') ? 400 : 200);
      if (provider.status === 200) {
        expect(
          (await call('DescribeIdentityProvider', { UserPoolId: POOL, ProviderName: name })).output
            ?.IdentityProvider,
        ).toMatchObject({ ProviderName: name, ProviderType: 'OIDC' });
        expect(
          (await call('DeleteIdentityProvider', { UserPoolId: POOL, ProviderName: name })).status,
        ).toBe(200);
      }

      // Only the records named `name` changed.
      const during = changedKeys(before, snapshot(emulator.store.state));
      expect(during.filter((key) => !ours(key) && !key.includes(clientId))).toEqual([]);

      await call('DeleteUserPoolClient', { UserPoolId: POOL, ClientId: clientId });
      await call('DeleteResourceServer', { UserPoolId: POOL, Identifier: name });
      expect((await call('AdminDeleteUser', { UserPoolId: POOL, Username: name })).status).toBe(
        200,
      );
      expect((await call('DeleteGroup', { UserPoolId: POOL, GroupName: name })).status).toBe(200);
      expect(await call('GetGroup', { UserPoolId: POOL, GroupName: name })).toMatchObject({
        name: 'ResourceNotFoundException',
      });
    }
    expect(changedKeys(before, snapshot(emulator.store.state))).toEqual([]);
    expect(plainObjectProperties()).toEqual(properties);
  });

  it('as an X-Amz-Target answer UnknownOperationException, not an error of the server', async () => {
    for (const name of PROTOTYPE_NAMES) {
      for (const target of [
        `AWSCognitoIdentityProviderService.${name}`,
        `${name}.ListUsers`,
        `${name}.${name}`,
      ]) {
        const response = await fetch(emulator.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
          body: '{}',
        });
        expect(response.status, target).toBeLessThan(500);
        expect(((await response.json()) as { __type: string }).__type).toBe(
          'UnknownOperationException',
        );
      }
    }
  });

  it('import jobs take them as job names and as the usernames of imported users', async () => {
    const properties = plainObjectProperties();
    const pool = await call('CreateUserPool', {
      PoolName: 'prototype-import',
      AutoVerifiedAttributes: ['email'],
    });
    const UserPoolId = (pool.output?.UserPool as { Id: string }).Id;
    const header = (await call('GetCSVHeader', { UserPoolId })).output?.CSVHeader as string[];
    const rows = PROTOTYPE_NAMES.map((name, i) => {
      const values = new Map([
        ['cognito:username', name],
        ['cognito:mfa_enabled', 'false'],
        ['email', `p${i}@example.com`],
        ['email_verified', 'true'],
      ]);
      return header.map((column) => values.get(column) ?? '').join(',');
    });
    for (const name of PROTOTYPE_NAMES) {
      const created = await call('CreateUserImportJob', {
        UserPoolId,
        JobName: name,
        CloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/import-logs',
      });
      expect(created.status).toBe(200);
      const job = created.output?.UserImportJob as { JobId: string; JobName: string };
      expect(job.JobName).toBe(name);
      if (name !== PROTOTYPE_NAMES[0]) continue;
      const put = await fetch((job as unknown as { PreSignedUrl: string }).PreSignedUrl, {
        method: 'PUT',
        headers: { 'x-amz-server-side-encryption': 'aws:kms' },
        body: [header.join(','), ...rows].join('\n'),
      });
      expect(put.status).toBe(200);
      expect((await call('StartUserImportJob', { UserPoolId, JobId: job.JobId })).status).toBe(200);
      let described: Record<string, unknown> | undefined;
      for (let i = 0; i < 100; i++) {
        described = (await call('DescribeUserImportJob', { UserPoolId, JobId: job.JobId })).output
          ?.UserImportJob as Record<string, unknown>;
        if (described.Status === 'Succeeded' || described.Status === 'Failed') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(described).toMatchObject({
        Status: 'Succeeded',
        ImportedUsers: PROTOTYPE_NAMES.length,
      });
    }
    const listed = await call('ListUserImportJobs', { UserPoolId, MaxResults: 60 });
    expect(
      (listed.output?.UserImportJobs as { JobName: string }[]).map((j) => j.JobName).sort(),
    ).toEqual([...PROTOTYPE_NAMES].sort());
    for (const name of PROTOTYPE_NAMES) {
      const user = await call('AdminGetUser', { UserPoolId, Username: name });
      expect(user.output).toMatchObject({ Username: name, UserStatus: 'RESET_REQUIRED' });
    }
    expect(plainObjectProperties()).toEqual(properties);
  });
});
