import { CreateUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config.ts';
import { Store } from '../store/store.ts';
import { getAttribute as attributeOf } from '../user-admin/attributes.ts';
import { createAppClient } from '../users/clients.ts';
import { adminClient, startTestEmulator } from '../users/test-emulator.ts';
import { seedDemo } from './seed.ts';
import { SEEDED } from './seeded.ts';

async function seeded(customers = 3000) {
  const store = await Store.open();
  await seedDemo(store, defaultConfig({ seedCustomerUsers: customers }));
  return store;
}

describe('seedDemo', () => {
  it('creates the admin pool, its client, groups and two users who must change their password', async () => {
    const store = await seeded(10);
    const pool = store.state.userPools.get(SEEDED.adminPool.id)!;
    expect(pool.pool.Name).toBe('cognito-console-admins');
    expect(pool.pool.DeletionProtection).toBe('ACTIVE');
    expect(pool.pool.UsernameAttributes).toEqual(['email']);
    expect(pool.clients.get(SEEDED.adminPool.clientId)?.ExplicitAuthFlows).toEqual([
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]);
    expect(pool.clients.get(SEEDED.adminPool.clientId)?.ClientSecret).toBeUndefined();
    const users = [...pool.users.values()];
    expect(users.map((u) => [attributeOf(u, 'email'), u.UserStatus, u.groups])).toEqual([
      ['admin@example.com', 'FORCE_CHANGE_PASSWORD', ['admins']],
      ['support@example.com', 'FORCE_CHANGE_PASSWORD', ['support']],
    ]);
    for (const user of users) {
      expect(user.Username).toBe(attributeOf(user, 'sub'));
      expect(attributeOf(user, 'email_verified')).toBe('true');
      expect(user.password?.verifier).toMatch(/^[0-9a-f]+$/);
    }
  });

  it('creates several pools with fixed ids, one of them in eu-west-1', async () => {
    const store = await seeded(10);
    expect([...store.state.userPools.keys()].sort()).toEqual(
      [
        SEEDED.adminPool.id,
        SEEDED.customerPool.id,
        SEEDED.staffPool.id,
        SEEDED.partnersPool.id,
      ].sort(),
    );
    expect(store.state.userPools.get(SEEDED.partnersPool.id)!.pool.Arn).toContain(':eu-west-1:');
  });

  it('generates varied, deterministic customers', async () => {
    const store = await seeded(3000);

    const pool = store.state.userPools.get(SEEDED.customerPool.id)!;
    const users = [...pool.users.values()];
    expect(users).toHaveLength(3001);
    const statuses = new Set(users.map((u) => u.UserStatus));
    expect([...statuses].sort()).toEqual(
      [
        'CONFIRMED',
        'EXTERNAL_PROVIDER',
        'FORCE_CHANGE_PASSWORD',
        'RESET_REQUIRED',
        'UNCONFIRMED',
      ].sort(),
    );
    expect(users.some((u) => !u.Enabled)).toBe(true);
    const phones = users.map((u) => attributeOf(u, 'phone_number')).filter(Boolean);
    expect(phones.length).toBeGreaterThan(1000);
    for (const phone of phones) expect(phone).toMatch(/^\+[1-9]\d{7,14}$/);
    expect(users.every((u) => attributeOf(u, 'custom:customer_id'))).toBe(true);
    const names = (pool.pool.SchemaAttributes as { Name: string }[]).map((a) => a.Name);
    expect(names).toEqual(expect.arrayContaining([...SEEDED.customerPool.customAttributes]));

    const again = await seeded(3000);
    expect([...again.state.userPools.get(SEEDED.customerPool.id)!.users.keys()]).toEqual([
      ...pool.users.keys(),
    ]);
  });
});

describe('seeded app clients', () => {
  it('are built as CreateUserPoolClient builds them, with the same defaults', async () => {
    const emulator = await startTestEmulator({ seedCustomerUsers: 0 });
    try {
      const { UserPoolClient: viaApi } = await adminClient(emulator.url).send(
        new CreateUserPoolClientCommand({ UserPoolId: SEEDED.staffPool.id, ClientName: 'same' }),
      );
      const pool = emulator.store.state.userPools.get(SEEDED.staffPool.id)!;
      const viaSeed = createAppClient(pool, { ClientName: 'same' }, Date.now());
      const comparable = (client: Record<string, unknown>) => {
        const settings = { ...client };
        for (const field of ['ClientId', 'CreationDate', 'LastModifiedDate'])
          delete settings[field];
        return settings;
      };
      expect(comparable(viaSeed)).toEqual(comparable(viaApi as Record<string, unknown>));
      expect(viaSeed.PreventUserExistenceErrors).toBe('LEGACY');
    } finally {
      await emulator.close();
    }
  });
});
