import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { testContext } from '../tokens/test-pool.ts';
import { assumedRoleArn } from './arns.ts';
import { authorize } from './policies.ts';

async function asRole(role: string, operation: string): Promise<RequestContext> {
  const ctx = await testContext({ operation, region: 'us-east-1' });
  ctx.principal = { accessKeyId: 'ASIA', role, arn: assumedRoleArn(ctx.accountId, role) };
  return ctx;
}

describe('authorize', () => {
  it('refuses support every operation outside its policy, DescribeUserPoolClient first', async () => {
    for (const operation of [
      'DescribeUserPoolClient',
      'ListUserPoolClients',
      'ListIdentityProviders',
      'DescribeIdentityProvider',
      'AdminListUserAuthEvents',
      'AdminDeleteUser',
      'UpdateUserPool',
    ]) {
      const ctx = await asRole('support', operation);
      expect(() => authorize(ctx, { UserPoolId: 'us-east-1_AbC' }), operation).toThrow(
        /is not authorized to perform/,
      );
    }
  });

  it('lets admin call pool operations on pools, and the account-wide ones on *', async () => {
    for (const [operation, input] of [
      ['DeleteUserPool', { UserPoolId: 'us-east-1_AbC' }],
      ['ListUserPools', { MaxResults: 1 }],
      ['CreateUserPool', { PoolName: 'p' }],
      ['DescribeUserPoolDomain', { Domain: 'd' }],
    ] as const) {
      const ctx = await asRole('admin', operation);
      expect(() => authorize(ctx, { ...input }), operation).not.toThrow();
    }
  });

  it('refuses admin a pool of another account, and tags its own pools', async () => {
    const foreign = 'arn:aws:cognito-idp:us-east-1:999999999999:userpool/us-east-1_X';
    const own = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X';
    const ctx = await asRole('admin', 'TagResource');
    expect(() => authorize(ctx, { ResourceArn: foreign })).toThrow(
      `on resource: ${foreign} because`,
    );
    expect(() => authorize(ctx, { ResourceArn: own })).not.toThrow();
  });

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
