import {
  AdminCreateUserCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { request } from 'node:http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { canCall } from '../../src/lib/iam/roles.ts';
import { defaultConfig } from '../src/config.ts';
import { signedRequest } from '../src/iam/sign-for-test.ts';
import { isPublicOperation, modelOperations } from '../src/protocol/validate.ts';
import { expectAwsError } from './support/expect-error.ts';
import { emulatorSupportClient, emulatorTarget, uniqueName } from './support/targets.ts';

const url = inject('emulatorUrl');
const admin = emulatorTarget().admin();
const supportKey = defaultConfig().staticCredentials.find((c) => c.role === 'support')!;

/** Calls any cognito-idp operation signed with the support key; returns the status and __type. */
async function callAsSupport(operation: string, input: object) {
  const body = JSON.stringify(input);
  const signed = await signedRequest(body, {
    accessKeyId: supportKey.accessKeyId,
    secretAccessKey: supportKey.secretAccessKey,
    host: new URL(url).host,
    operation,
  });
  return new Promise<{ status: number; type?: string; body: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(url, { method: 'POST', headers: signed.headers }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const parsed = JSON.parse(text || '{}') as Record<string, unknown>;
          resolve({ status: res.statusCode!, type: parsed.__type as string, body: parsed });
        });
      });
      req.on('error', reject);
      req.end(body);
    },
  );
}

let UserPoolId = '';
let ClientId = '';
const Username = 'support-desk-customer';
const GroupName = 'support-desk-group';

beforeAll(async () => {
  const { UserPool } = await admin.send(
    new CreateUserPoolCommand({ PoolName: uniqueName('support-role') }),
  );
  UserPoolId = UserPool!.Id!;
  const { UserPoolClient } = await admin.send(
    new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'backend', GenerateSecret: true }),
  );
  ClientId = UserPoolClient!.ClientId!;
  await admin.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: 'customer@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  await admin.send(new CreateGroupCommand({ UserPoolId, GroupName }));
});

describe('the support role gets exactly its policy', () => {
  it('is refused DescribeUserPoolClient, so never sees a client secret', async () => {
    const error = await expectAwsError(
      () =>
        emulatorSupportClient().send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId })),
      'AccessDeniedException',
    );
    expect(error.message).toContain('cognito-idp:DescribeUserPoolClient');
    expect(JSON.stringify(error)).not.toContain('ClientSecret');
  });

  it('is refused every operation outside its policy', async () => {
    const outside = modelOperations('cognito-idp').filter(
      (op) => !isPublicOperation('cognito-idp', op) && !canCall('support', op),
    );
    expect(outside).toEqual(
      expect.arrayContaining(['ListUserPoolClients', 'ListIdentityProviders', 'AdminDeleteUser']),
    );
    for (const operation of outside) {
      const answer = await callAsSupport(operation, { UserPoolId, ClientId, Username });
      expect(answer.type, operation).toBe('AccessDeniedException');
    }
  });

  it('may make every call its policy allows', async () => {
    const inside: Record<string, object> = {
      ListUserPools: { MaxResults: 10 },
      DescribeUserPool: { UserPoolId },
      ListUsers: { UserPoolId },
      ListUsersInGroup: { UserPoolId, GroupName },
      AdminGetUser: { UserPoolId, Username },
      AdminListGroupsForUser: { UserPoolId, Username },
      AdminListDevices: { UserPoolId, Username },
      ListGroups: { UserPoolId },
      GetGroup: { UserPoolId, GroupName },
      GetUICustomization: { UserPoolId },
      AdminResetUserPassword: { UserPoolId, Username },
      AdminDisableUser: { UserPoolId, Username },
      AdminEnableUser: { UserPoolId, Username },
      AdminUserGlobalSignOut: { UserPoolId, Username },
    };
    for (const [operation, input] of Object.entries(inside)) {
      expect(canCall('support', operation), operation).toBe(true);
      const answer = await callAsSupport(operation, input);
      expect({ operation, status: answer.status }).toEqual({ operation, status: 200 });
    }
    // The user has no device: allowed, and answered as AWS answers an unknown device.
    const device = await callAsSupport('AdminGetDevice', {
      UserPoolId,
      Username,
      DeviceKey: 'us-east-1_00000000-0000-0000-0000-000000000000',
    });
    expect(device.type).toBe('ResourceNotFoundException');
  });
});
