import type { EmulatorConfig } from '../config.ts';
import type { Store } from '../store/store.ts';
import type { SigningKeyRecord, UserPoolRecord } from '../store/types.ts';
import { seedPoolResources } from '../clients/seed-pool-resources.ts';
import { createSigningKey } from '../tokens/keys.ts';
import { seedUserExtras } from '../user-admin/seed-user-extras.ts';
import { createPoolRecord } from '../userpools/create-pool-record.ts';
import { createAppClient } from '../users/clients.ts';
import { addUserToGroup, createGroup } from '../users/groups.ts';
import { createUser } from '../users/users.ts';
import { seedCustomers } from './customers.ts';
import { createPrng } from './prng.ts';
import { SEEDED } from './seeded.ts';

// RSA key generation is the slow part of a reset; a pool keeps its key across resets in one process.
const keyCache = new Map<string, Promise<SigningKeyRecord>>();
function signingKeyFor(poolId: string): Promise<SigningKeyRecord> {
  let key = keyCache.get(poolId);
  if (!key) {
    key = createSigningKey();
    keyCache.set(poolId, key);
  }
  return key;
}

const regionOf = (poolId: string) => poolId.slice(0, poolId.indexOf('_'));

/** Creates the demo data: the console's admin pool, acme-customers and two smaller pools. */
export async function seedDemo(store: Store, config: EmulatorConfig): Promise<void> {
  const now = Date.now();
  const ids: string[] = [
    SEEDED.adminPool.id,
    SEEDED.customerPool.id,
    SEEDED.staffPool.id,
    SEEDED.partnersPool.id,
  ];
  const keys = await Promise.all(ids.map(signingKeyFor));
  const key = (id: string) => keys[ids.indexOf(id)] as SigningKeyRecord;
  const place = (id: string, minutesAgo: number) => ({
    id,
    region: regionOf(id),
    accountId: config.accountId,
    now: now - minutesAgo * 60_000,
  });
  const pools = [
    adminPool(place(SEEDED.adminPool.id, 60 * 24 * 90), key(SEEDED.adminPool.id), now),
    customerPool(
      place(SEEDED.customerPool.id, 60 * 24 * 80),
      key(SEEDED.customerPool.id),
      now,
      config,
    ),
    staffPool(place(SEEDED.staffPool.id, 60 * 24 * 30), key(SEEDED.staffPool.id), now),
    partnersPool(place(SEEDED.partnersPool.id, 60 * 24 * 10), key(SEEDED.partnersPool.id), now),
  ];
  for (const pool of pools) store.state.userPools.set(pool.pool.Id, pool);
  store.touchAll();
}

type Placement = Parameters<typeof createPoolRecord>[1];

function adminPool(
  placement: Placement,
  signingKey: SigningKeyRecord,
  now: number,
): UserPoolRecord {
  const record = createPoolRecord(
    {
      PoolName: SEEDED.adminPool.name,
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      DeletionProtection: 'ACTIVE',
      UsernameConfiguration: { CaseSensitive: false },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 7,
        },
      },
      Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
      AccountRecoverySetting: { RecoveryMechanisms: [{ Priority: 1, Name: 'verified_email' }] },
    },
    placement,
    signingKey,
  );
  createAppClient(
    record,
    {
      ClientName: 'cognito-console',
      ClientId: SEEDED.adminPool.clientId,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
    },
    placement.now,
  );
  createGroup(
    record,
    { GroupName: 'admins', Description: 'Full access to the console', Precedence: 1 },
    placement.now,
  );
  createGroup(
    record,
    {
      GroupName: 'support',
      Description: 'Support desk: read users, reset passwords',
      Precedence: 2,
    },
    placement.now,
  );
  const prng = createPrng(1);
  for (const [who, group] of [
    [SEEDED.adminPool.admin, 'admins'],
    [SEEDED.adminPool.support, 'support'],
  ] as const) {
    const user = createUser(record, {
      sub: prng.uuid(),
      attributes: { email: who.email, email_verified: 'true' },
      status: 'FORCE_CHANGE_PASSWORD',
      password: { value: who.temporaryPassword, temporary: true },
      now,
    });
    addUserToGroup(record, user.Username, group);
  }
  return record;
}

function customerPool(
  placement: Placement,
  signingKey: SigningKeyRecord,
  now: number,
  config: EmulatorConfig,
) {
  const record = createPoolRecord(
    {
      PoolName: SEEDED.customerPool.name,
      AliasAttributes: ['email', 'preferred_username'],
      AutoVerifiedAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      MfaConfiguration: 'OFF',
      DeletionProtection: 'ACTIVE',
      Schema: [
        {
          Name: 'tier',
          AttributeDataType: 'String',
          Mutable: true,
          StringAttributeConstraints: { MinLength: '1', MaxLength: '32' },
        },
        {
          Name: 'customer_id',
          AttributeDataType: 'String',
          Mutable: false,
          StringAttributeConstraints: { MinLength: '1', MaxLength: '64' },
        },
        { Name: 'plan', AttributeDataType: 'String', Mutable: true },
        {
          Name: 'loyalty_points',
          AttributeDataType: 'Number',
          Mutable: true,
          NumberAttributeConstraints: { MinValue: '0' },
        },
      ],
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      AccountRecoverySetting: {
        RecoveryMechanisms: [
          { Priority: 1, Name: 'verified_email' },
          { Priority: 2, Name: 'verified_phone_number' },
        ],
      },
      UserPoolTags: { team: 'customer-identity', environment: 'demo' },
    },
    placement,
    signingKey,
  );
  createAppClient(
    record,
    {
      ClientName: 'acme-web',
      ClientId: SEEDED.customerPool.webClientId,
      PreventUserExistenceErrors: 'ENABLED',
      ExplicitAuthFlows: [
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
      ReadAttributes: [
        'email',
        'email_verified',
        'name',
        'given_name',
        'family_name',
        'custom:tier',
        'custom:plan',
      ],
    },
    placement.now,
  );
  createAppClient(
    record,
    {
      ClientName: 'acme-backend',
      ClientId: SEEDED.customerPool.backendClientId,
      GenerateSecret: true,
      // A fixed secret keeps the seed deterministic for tests that compute SECRET_HASH.
      ClientSecret: '4cmeback3ndsecret000000000000000000000000000000000a',
      PreventUserExistenceErrors: 'ENABLED',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    },
    placement.now,
  );
  createGroup(
    record,
    { GroupName: 'premium', Description: 'Paying customers on gold or platinum', Precedence: 10 },
    placement.now,
  );
  createGroup(
    record,
    { GroupName: 'beta-testers', Description: 'Early access to new features', Precedence: 20 },
    placement.now,
  );
  createGroup(
    record,
    {
      GroupName: 'enterprise-admins',
      Description: 'Administrators of enterprise accounts',
      Precedence: 5,
    },
    placement.now,
  );

  const demo = SEEDED.customerPool.demoCustomer;
  createUser(record, {
    Username: demo.username,
    sub: createPrng(2).uuid(),
    attributes: {
      email: demo.email,
      email_verified: 'true',
      given_name: 'Demo',
      family_name: 'Customer',
      name: 'Demo Customer',
      'custom:tier': 'gold',
      'custom:customer_id': 'CUS-000001',
      'custom:plan': 'growth',
      'custom:loyalty_points': '1200',
    },
    status: 'CONFIRMED',
    password: { value: demo.password, temporary: false },
    now,
  });
  seedCustomers(record, config.seedCustomerUsers, createPrng(42), now);
  seedPoolResources(record, {
    now: placement.now,
    region: placement.region,
    accountId: config.accountId,
    domainPrefix: 'acme-customers-demo',
    appName: 'acme',
  });
  const extras = createPrng(43);
  seedUserExtras(record, () => extras.next());
  return record;
}

function staffPool(placement: Placement, signingKey: SigningKeyRecord, now: number) {
  const record = createPoolRecord(
    { PoolName: SEEDED.staffPool.name, AutoVerifiedAttributes: ['email'], MfaConfiguration: 'OFF' },
    placement,
    signingKey,
  );
  createAppClient(
    record,
    {
      ClientName: 'staff-portal',
      ClientId: SEEDED.staffPool.clientId,
      PreventUserExistenceErrors: 'ENABLED',
    },
    placement.now,
  );
  createGroup(record, { GroupName: 'engineering', Precedence: 1 }, placement.now);
  createGroup(record, { GroupName: 'sales', Precedence: 2 }, placement.now);
  const prng = createPrng(3);
  const people = [
    ['jsmith', 'Jordan', 'Smith', 'engineering'],
    ['mgarcia', 'Maria', 'Garcia', 'sales'],
    ['kchen', 'Kai', 'Chen', 'engineering'],
    ['apatel', 'Anika', 'Patel', 'sales'],
    ['tnguyen', 'Thanh', 'Nguyen', 'engineering'],
  ] as const;
  for (const [username, given, family, group] of people) {
    createUser(record, {
      Username: username,
      sub: prng.uuid(),
      attributes: {
        email: `${username}@acme-corp.example`,
        email_verified: 'true',
        given_name: given,
        family_name: family,
      },
      status: 'CONFIRMED',
      now,
    });
    addUserToGroup(record, username, group);
  }
  return record;
}

function partnersPool(placement: Placement, signingKey: SigningKeyRecord, now: number) {
  const record = createPoolRecord(
    {
      PoolName: SEEDED.partnersPool.name,
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      UserPoolTier: 'PLUS',
    },
    placement,
    signingKey,
  );
  createAppClient(
    record,
    {
      ClientName: 'partner-portal',
      ClientId: SEEDED.partnersPool.clientId,
      GenerateSecret: true,
      PreventUserExistenceErrors: 'ENABLED',
    },
    placement.now,
  );
  const prng = createPrng(4);
  for (const email of [
    'ops@partner-one.example',
    'it@partner-two.example',
    'admin@partner-three.example',
  ]) {
    createUser(record, {
      sub: prng.uuid(),
      attributes: { email, email_verified: 'true' },
      status: 'CONFIRMED',
      now,
    });
  }
  return record;
}
