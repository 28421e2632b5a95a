import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { testContext } from '../tokens/test-pool.ts';
import { assumedRoleArn } from './arns.ts';
import { authorize, rolePolicies } from './policies.ts';

async function asRole(role: string, operation: string): Promise<RequestContext> {
  const ctx = await testContext({ operation, region: 'us-east-1' });
  ctx.principal = { accessKeyId: 'ASIA', role, arn: assumedRoleArn(ctx.accountId, role) };
  return ctx;
}

describe('role policies', () => {
  it('lets support read and run the support-desk writes, and nothing else', () => {
    const support = rolePolicies.support!;
    for (const op of [
      'ListUsers',
      'DescribeUserPool',
      'GetGroup',
      'AdminGetUser',
      'AdminListUserAuthEvents',
    ]) {
      expect(support.allows(op), op).toBe(true);
    }
    for (const op of [
      'AdminResetUserPassword',
      'AdminEnableUser',
      'AdminDisableUser',
      'AdminUserGlobalSignOut',
    ]) {
      expect(support.allows(op), op).toBe(true);
    }
    for (const op of [
      'AdminDeleteUser',
      'CreateUserPool',
      'UpdateUserPool',
      'AdminAddUserToGroup',
      'AdminSetUserPassword',
    ]) {
      expect(support.allows(op), op).toBe(false);
    }
  });

  it('lets admin call every operation', () => {
    expect(rolePolicies.admin!.allows('DeleteUserPool')).toBe(true);
  });
});

describe('authorize', () => {
  it('passes allowed calls', async () => {
    const ctx = await asRole('support', 'ListUsers');
    expect(() => authorize(ctx, { UserPoolId: 'us-east-1_X' })).not.toThrow();
  });

  it('refuses with the IAM wording, naming the pool ARN', async () => {
    const ctx = await asRole('support', 'AdminDeleteUser');
    let error: unknown;
    try {
      authorize(ctx, { UserPoolId: 'us-east-1_AbC', Username: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AwsError);
    expect((error as AwsError).type).toBe('AccessDeniedException');
    expect((error as AwsError).status).toBe(400);
    expect((error as AwsError).message).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/CognitoConsoleSupport/CognitoIdentityCredentials is not authorized to perform: cognito-idp:AdminDeleteUser on resource: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC because no identity-based policy allows the cognito-idp:AdminDeleteUser action',
    );
  });

  it('names resource * for calls without a pool, as IAM does for CreateUserPool', async () => {
    const ctx = await asRole('support', 'CreateUserPool');
    expect(() => authorize(ctx, { PoolName: 'p' })).toThrow(
      /cognito-idp:CreateUserPool on resource: \* because/,
    );
  });

  it('refuses an unknown role', async () => {
    const ctx = await asRole('guest', 'ListUserPools');
    expect(() => authorize(ctx, {})).toThrow(AwsError);
  });
});
