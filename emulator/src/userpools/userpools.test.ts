import {
  AddCustomAttributesCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server.ts';
import { SEEDED } from '../seed/seeded.ts';
import { adminClient, awsError, startTestEmulator } from '../users/test-emulator.ts';

let emulator: RunningEmulator;
let client: ReturnType<typeof adminClient>;
beforeAll(async () => {
  emulator = await startTestEmulator();
  client = adminClient(emulator.url);
});
afterAll(() => emulator.close());

const createPool = async (input: object = {}) =>
  (await client.send(new CreateUserPoolCommand({ PoolName: `pool-${Math.random()}`, ...input })))
    .UserPool!;

describe('CreateUserPool / DescribeUserPool', () => {
  it('fills in the defaults of a fresh pool as AWS does', async () => {
    const pool = await createPool();
    expect(pool.Id).toMatch(/^us-east-1_[0-9A-Za-z]{9}$/);
    expect(pool.Arn).toBe(`arn:aws:cognito-idp:us-east-1:123456789012:userpool/${pool.Id}`);
    expect(pool.Policies).toEqual({
      PasswordPolicy: {
        MinimumLength: 8,
        RequireUppercase: true,
        RequireLowercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
        TemporaryPasswordValidityDays: 7,
      },
      SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] },
    });
    expect(pool.DeletionProtection).toBe('INACTIVE');
    expect(pool.MfaConfiguration).toBe('OFF');
    expect(pool.EmailConfiguration).toEqual({ EmailSendingAccount: 'COGNITO_DEFAULT' });
    expect(pool.AdminCreateUserConfig).toEqual({
      AllowAdminCreateUserOnly: false,
      UnusedAccountValidityDays: 7,
    });
    expect(pool.VerificationMessageTemplate).toEqual({ DefaultEmailOption: 'CONFIRM_WITH_CODE' });
    expect(pool.UserPoolTier).toBe('ESSENTIALS');
    expect(pool.EstimatedNumberOfUsers).toBe(0);
    expect(pool.CreationDate).toBeInstanceOf(Date);
    const names = pool.SchemaAttributes!.map((a) => a.Name);
    expect(names.slice(0, 3)).toEqual(['sub', 'name', 'given_name']);
    expect(names.at(-1)).toBe('updated_at');
    expect(pool.SchemaAttributes![0]).toEqual({
      Name: 'sub',
      AttributeDataType: 'String',
      DeveloperOnlyAttribute: false,
      Mutable: false,
      Required: true,
      StringAttributeConstraints: { MinLength: '1', MaxLength: '2048' },
    });
  });

  it('lists custom schema attributes with the custom: prefix after the standard ones', async () => {
    const pool = await createPool({
      Schema: [
        { Name: 'email', AttributeDataType: 'String', Required: true },
        { Name: 'tier', AttributeDataType: 'String' },
      ],
    });
    const email = pool.SchemaAttributes!.find((a) => a.Name === 'email');
    expect(email?.Required).toBe(true);
    expect(pool.SchemaAttributes!.at(-1)?.Name).toBe('custom:tier');
  });

  it('refuses UsernameAttributes together with AliasAttributes', async () => {
    const error = await awsError(
      createPool({ UsernameAttributes: ['email'], AliasAttributes: ['phone_number'] }),
    );
    expect(error).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.',
    });
  });

  it('counts users in EstimatedNumberOfUsers', async () => {
    const { UserPool } = await client.send(
      new DescribeUserPoolCommand({ UserPoolId: SEEDED.adminPool.id }),
    );
    expect(UserPool?.EstimatedNumberOfUsers).toBe(2);
    expect(UserPool?.UsernameAttributes).toEqual(['email']);
  });

  it('does not find a pool of another region', async () => {
    const error = await awsError(
      client.send(new DescribeUserPoolCommand({ UserPoolId: SEEDED.partnersPool.id })),
    );
    expect(error).toMatchObject({
      name: 'ResourceNotFoundException',
      message: `User pool ${SEEDED.partnersPool.id} does not exist.`,
    });
    const eu = adminClient(emulator.url, 'eu-west-1');
    const { UserPool } = await eu.send(
      new DescribeUserPoolCommand({ UserPoolId: SEEDED.partnersPool.id }),
    );
    expect(UserPool?.Name).toBe('partners-eu');
  });
});

describe('ListUserPools', () => {
  it('lists only the region of the request, in the AWS description shape', async () => {
    const { UserPools } = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    const ids = UserPools!.map((p) => p.Id);
    expect(ids).toContain(SEEDED.adminPool.id);
    expect(ids).not.toContain(SEEDED.partnersPool.id);
    expect(Object.keys(UserPools![0]!).sort()).toEqual([
      'CreationDate',
      'Id',
      'LambdaConfig',
      'LastModifiedDate',
      'Name',
    ]);
  });

  it('refuses a forged NextToken', async () => {
    const first = await client.send(new ListUserPoolsCommand({ MaxResults: 1 }));
    expect(first.NextToken).toBeTruthy();
    const forged = `${first.NextToken!.split('.')[0]}.AAAA`;
    const error = await awsError(
      client.send(new ListUserPoolsCommand({ MaxResults: 1, NextToken: forged })),
    );
    expect(error.name).toBe('InvalidParameterException');
  });
});

describe('UpdateUserPool', () => {
  it('resets what the request omits and keeps name, schema and tier', async () => {
    const pool = await createPool({
      AutoVerifiedAttributes: ['email'],
      DeletionProtection: 'ACTIVE',
      LambdaConfig: { PreSignUp: 'arn:aws:lambda:us-east-1:123456789012:function:pre' },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Schema: [{ Name: 'tier', AttributeDataType: 'String' }],
      UserPoolTier: 'PLUS',
    });
    await client.send(new UpdateUserPoolCommand({ UserPoolId: pool.Id }));
    const { UserPool } = await client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }));
    expect(UserPool?.AutoVerifiedAttributes).toBeUndefined();
    expect(UserPool?.DeletionProtection).toBe('INACTIVE');
    expect(UserPool?.LambdaConfig).toEqual({});
    expect(UserPool?.AdminCreateUserConfig?.AllowAdminCreateUserOnly).toBe(false);
    expect(UserPool?.Name).toBe(pool.Name);
    expect(UserPool?.UserPoolTier).toBe('PLUS');
    expect(UserPool?.SchemaAttributes?.map((a) => a.Name)).toContain('custom:tier');
    expect(UserPool!.LastModifiedDate!.getTime()).toBeGreaterThanOrEqual(
      pool.LastModifiedDate!.getTime(),
    );
  });

  it('refuses attributes needing verification that are not auto-verified', async () => {
    const pool = await createPool({
      AutoVerifiedAttributes: ['email'],
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    });
    const error = await awsError(
      client.send(
        new UpdateUserPoolCommand({ UserPoolId: pool.Id, DeletionProtection: 'INACTIVE' }),
      ),
    );
    expect(error).toMatchObject({
      name: 'InvalidParameterException',
      message:
        'All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes',
    });
  });
});

describe('DeleteUserPool', () => {
  it('refuses while deletion protection is active, with AWS words', async () => {
    const error = await awsError(
      client.send(new DeleteUserPoolCommand({ UserPoolId: SEEDED.adminPool.id })),
    );
    expect(error).toMatchObject({
      name: 'InvalidParameterException',
      message:
        'The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.',
    });
  });
});

describe('AddCustomAttributes', () => {
  it('refuses a name that exists, naming the existing attribute', async () => {
    const pool = await createPool({ Schema: [{ Name: 'tier', AttributeDataType: 'String' }] });
    const error = await awsError(
      client.send(
        new AddCustomAttributesCommand({
          UserPoolId: pool.Id,
          CustomAttributes: [{ Name: 'tier', AttributeDataType: 'String' }],
        }),
      ),
    );
    expect(error.message).toBe('custom:tier: Existing attribute already has name custom:tier.');
  });

  it('stops at 50 custom attributes', async () => {
    const pool = await createPool({
      Schema: Array.from({ length: 25 }, (_, i) => ({
        Name: `a${i}`,
        AttributeDataType: 'String' as const,
      })),
    });
    const batch = (from: number) =>
      Array.from({ length: 25 }, (_, i) => ({
        Name: `b${from + i}`,
        AttributeDataType: 'String' as const,
      }));
    await client.send(
      new AddCustomAttributesCommand({ UserPoolId: pool.Id, CustomAttributes: batch(0) }),
    );
    const error = await awsError(
      client.send(
        new AddCustomAttributesCommand({
          UserPoolId: pool.Id,
          CustomAttributes: batch(25).slice(0, 1),
        }),
      ),
    );
    expect(error.name).toBe('InvalidParameterException');
  });
});
