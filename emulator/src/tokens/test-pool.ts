import { defaultConfig } from '../config.ts';
import type { RequestContext } from '../protocol/context.ts';
import { Store } from '../store/store.ts';
import { poolRecordOf, type UserPoolRecord, type UserRecord } from '../store/types.ts';
import { createSigningKey } from './keys.ts';

// RSA key generation takes a few hundred milliseconds; tests share one key pair.
let sharedKey: ReturnType<typeof createSigningKey> | undefined;

export const TEST_POOL_ID = 'us-east-1_C0nsoleAd';
export const TEST_CLIENT_ID = '5c0ns01eadm1nc11ent1d00000';

/** A request context over an empty in-memory store and the default (unseeded) config. */
export async function testContext(
  overrides: Partial<RequestContext> = {},
): Promise<RequestContext> {
  const config = defaultConfig({ seed: false });
  return {
    service: 'cognito-idp',
    operation: 'Test',
    requestId: 'test',
    region: config.defaultRegion,
    accountId: config.accountId,
    store: await Store.open(),
    config,
    baseUrl: 'http://127.0.0.1:9555',
    now: Date.now(),
    ...overrides,
  };
}

export function testUser(username: string, groups: string[] = []): UserRecord {
  return {
    Username: username,
    Attributes: [
      { Name: 'sub', Value: `0000-${username}` },
      { Name: 'email', Value: `${username}@example.com` },
      { Name: 'email_verified', Value: 'true' },
    ],
    UserCreateDate: 0,
    UserLastModifiedDate: 0,
    Enabled: true,
    UserStatus: 'CONFIRMED',
    groups,
  };
}

/** A user pool built by hand (the user pools module owns the real one) with one client and users. */
export async function addTestPool(
  ctx: RequestContext,
  users: UserRecord[] = [testUser('admin', ['admins'])],
  client: Record<string, unknown> = {},
): Promise<UserPoolRecord> {
  const pool = poolRecordOf({
    pool: {
      Id: TEST_POOL_ID,
      Name: 'console-admins',
      Arn: `arn:aws:cognito-idp:us-east-1:${ctx.accountId}:userpool/${TEST_POOL_ID}`,
    },
    signingKey: await (sharedKey ??= createSigningKey()),
    samlEncryptionCertificate: '',
  });
  pool.clients.set(TEST_CLIENT_ID, { ClientId: TEST_CLIENT_ID, ClientName: 'console', ...client });
  for (const user of users) pool.users.set(user.Username, user);
  ctx.store.state.userPools.set(TEST_POOL_ID, pool);
  return pool;
}
