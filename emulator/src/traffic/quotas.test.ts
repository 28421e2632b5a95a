import { describe, expect, it } from 'vitest';
import { quotaCategoryOf } from './quota-categories.ts';
import { enforceQuota, QUOTAS_OFF, quotasFromEnv } from './quotas.ts';
import { TokenBuckets } from './token-bucket.ts';

const ctx = (operation: string, now = 0) => ({
  service: 'cognito-idp' as const,
  operation,
  accountId: '123456789012',
  region: 'us-east-1',
  now,
});

function allowed(buckets: TokenBuckets, operation: string, input = {}, scale = 1, tries = 200) {
  let count = 0;
  for (let i = 0; i < tries; i++) {
    try {
      enforceQuota(buckets, { enabled: true, scale }, ctx(operation), input);
      count++;
    } catch (error) {
      expect((error as Error).name).toBe('TooManyRequestsException');
    }
  }
  return count;
}

describe('quota categories', () => {
  it.each([
    ['ListUsers', 'UserList'],
    ['ListUsersInGroup', 'UserList'],
    ['AdminGetUser', 'UserRead'],
    ['AdminDisableUser', 'UserUpdate'],
    ['AdminAddUserToGroup', 'UserUpdate'],
    ['AdminUserGlobalSignOut', 'UserUpdate'],
    ['AdminResetUserPassword', 'UserAccountRecovery'],
    ['AdminCreateUser', 'UserCreation'],
    ['AdminListGroupsForUser', 'UserResourceRead'],
    ['GetCSVHeader', 'UserPoolResourceRead'],
    ['DescribeUserImportJob', 'UserPoolResourceRead'],
    ['ListUserImportJobs', 'UserPoolResourceRead'],
    ['CreateUserImportJob', 'UserPoolResourceUpdate'],
    ['StartUserImportJob', 'UserPoolResourceUpdate'],
    ['StopUserImportJob', 'UserPoolResourceUpdate'],
    ['AddCustomAttributes', 'UserPoolResourceUpdate'],
    ['CreateUserPool', 'UserPoolUpdate'],
    ['DeleteUserPool', 'UserPoolUpdate'],
    ['DescribeUserPool', 'UserPoolRead'],
    ['DescribeUserPoolClient', 'UserPoolClientRead'],
    ['InitiateAuth', 'UserAuthentication'],
  ])('%s counts as %s', (operation, category) => {
    expect(quotaCategoryOf('cognito-idp', operation, {})).toBe(category);
  });

  it('a refresh through InitiateAuth is a UserToken request', () => {
    expect(quotaCategoryOf('cognito-idp', 'InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH' })).toBe(
      'UserToken',
    );
  });

  it('identity pools: GetId and GetCredentialsForIdentity have their own rates', () => {
    expect(quotaCategoryOf('cognito-identity', 'GetId', {})).toBe('GetId');
    expect(quotaCategoryOf('cognito-identity', 'DescribeIdentityPool', {})).toBeUndefined();
  });
});

describe('enforceQuota', () => {
  it('lets a second of the category quota through at once, then throttles', () => {
    expect(allowed(new TokenBuckets(), 'ListUsers')).toBe(30);
    expect(allowed(new TokenBuckets(), 'AdminGetUser')).toBe(120);
  });

  it('categories share one bucket per account: ListUsersInGroup uses ListUsers quota', () => {
    const buckets = new TokenBuckets();
    expect(allowed(buckets, 'ListUsers', {}, 1, 20)).toBe(20);
    expect(allowed(buckets, 'ListUsersInGroup')).toBe(10);
  });

  it('caps pool-resource requests at 5 per second per pool, within the account quota', () => {
    const buckets = new TokenBuckets();
    expect(allowed(buckets, 'ListGroups', { UserPoolId: 'us-east-1_A' })).toBe(5);
    expect(allowed(buckets, 'ListGroups', { UserPoolId: 'us-east-1_B' })).toBe(5);
  });

  it('caps each user at 10 reads and 10 writes a second, apart from other users', () => {
    const buckets = new TokenBuckets();
    const ann = { UserPoolId: 'us-east-1_A', Username: 'ann' };
    expect(allowed(buckets, 'AdminDisableUser', ann)).toBe(10);
    expect(allowed(buckets, 'AdminGetUser', ann)).toBe(10);
    expect(allowed(buckets, 'AdminDisableUser', { ...ann, Username: 'bob' })).toBe(10);
    expect(allowed(buckets, 'AdminDisableUser', { ...ann, UserPoolId: 'us-east-1_B' })).toBe(5);
  });

  it('a request refused for its user leaves the account quota untouched', () => {
    const buckets = new TokenBuckets();
    const ann = { UserPoolId: 'us-east-1_A', Username: 'ann' };
    expect(allowed(buckets, 'AdminEnableUser', ann, 1, 20)).toBe(10);
    // 10 of UserUpdate's 25 went to ann; her 10 refused requests took none.
    expect(allowed(buckets, 'AdminEnableUser', { ...ann, Username: 'bob' }, 1, 10)).toBe(10);
    expect(allowed(buckets, 'AdminEnableUser', { ...ann, Username: 'cy' }, 1, 10)).toBe(5);
  });

  it('scale multiplies the quotas', () => {
    expect(allowed(new TokenBuckets(), 'ListUsers', {}, 2)).toBe(60);
  });

  it('does nothing when off', () => {
    const buckets = new TokenBuckets();
    for (let i = 0; i < 1000; i++) enforceQuota(buckets, QUOTAS_OFF, ctx('ListUsers'), {});
  });
});

describe('quotasFromEnv', () => {
  it('is on at scale 1 by default, as on AWS', () => {
    expect(quotasFromEnv({})).toEqual({ enabled: true, scale: 1 });
  });
  it('reads off and a scale', () => {
    expect(quotasFromEnv({ EMULATOR_QUOTAS: 'off' }).enabled).toBe(false);
    expect(quotasFromEnv({ EMULATOR_QUOTA_SCALE: '2.5' }).scale).toBe(2.5);
  });
  it('refuses anything else with a clear message', () => {
    expect(() => quotasFromEnv({ EMULATOR_QUOTAS: 'no' })).toThrow(/must be "on" or "off"/);
    expect(() => quotasFromEnv({ EMULATOR_QUOTA_SCALE: '0' })).toThrow(/positive number/);
    expect(() => quotasFromEnv({ EMULATOR_QUOTA_SCALE: 'x' })).toThrow(/positive number/);
  });
});
