import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CreateGroupCommand,
  CreateUserPoolCommand,
  ListGroupsCommand,
  ListUsersCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { QUOTAS_OFF } from '../src/traffic/quotas.ts';
import { adminClient } from '../src/users/test-emulator.ts';

/**
 * Sends `count` requests at once; the outcomes, as 'ok' or the error's name, HTTP status and
 * message, and the most a quota of `rate` per second may let through in the time they took (a
 * second's burst plus what refills meanwhile).
 */
async function burst(count: number, send: () => Promise<unknown>, rate = 0) {
  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: count }, () =>
      send().then(
        () => 'ok',
        (error: Error & { $metadata?: { httpStatusCode?: number } }) =>
          `${error.name} ${error.$metadata?.httpStatusCode} ${error.message}`,
      ),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    ok: outcomes.filter((o) => o === 'ok').length,
    refused: outcomes.filter((o) => o !== 'ok'),
    ceiling: rate + Math.ceil(rate * seconds) + 1,
  };
}

async function newPool(client: CognitoIdentityProviderClient, name: string) {
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: name }));
  return UserPool!.Id!;
}

// Cognito's request-rate quotas (quotas.html): per category, per account and Region, answered
// with TooManyRequestsException (HTTP 400) when exceeded. moto_server enforces none.
describe('request quotas (emulator, on by default)', () => {
  let emulator: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let poolA: string;
  let poolB: string;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, config: { seed: false } });
    client = adminClient(emulator.url);
    poolA = await newPool(client, 'quota-a');
    poolB = await newPool(client, 'quota-b');
    await client.send(new CreateGroupCommand({ UserPoolId: poolA, GroupName: 'g' }));
    await new Promise((r) => setTimeout(r, 1100)); // the buckets refill
  });
  afterAll(() => emulator.close());

  it('lets a burst of one second of UserList requests through (30), then throttles', async () => {
    const { ok, refused, ceiling } = await burst(
      150,
      () => client.send(new ListUsersCommand({ UserPoolId: poolA })),
      30,
    );
    expect(ok).toBeGreaterThanOrEqual(30);
    expect(ok).toBeLessThanOrEqual(ceiling);
    expect(refused.length).toBe(150 - ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set(['TooManyRequestsException 400 Rate exceeded']));
  });

  it('the quota comes back at its rate', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const { ok } = await burst(10, () => client.send(new ListUsersCommand({ UserPoolId: poolB })));
    expect(ok).toBe(10);
  });

  it('pool resources are also capped at 5 per second per pool', async () => {
    const onA = await burst(40, () => client.send(new ListGroupsCommand({ UserPoolId: poolA })), 5);
    const onB = await burst(5, () => client.send(new ListGroupsCommand({ UserPoolId: poolB })));
    expect(onA.ok).toBeGreaterThanOrEqual(5);
    expect(onA.ok).toBeLessThanOrEqual(onA.ceiling);
    expect(onA.refused.length).toBeGreaterThan(0);
    expect(onB.ok).toBe(5);
  });

  it('each user takes at most 10 reads a second, whatever the account quota', async () => {
    for (const Username of ['ann', 'bob']) {
      await client.send(
        new AdminCreateUserCommand({ UserPoolId: poolB, Username, MessageAction: 'SUPPRESS' }),
      );
    }
    await new Promise((r) => setTimeout(r, 1100));
    const read = (Username: string) => () =>
      client.send(new AdminGetUserCommand({ UserPoolId: poolB, Username }));
    const ann = await burst(40, read('ann'), 10);
    const bob = await burst(10, read('bob'));
    expect(ann.ok).toBeGreaterThanOrEqual(10);
    expect(ann.ok).toBeLessThanOrEqual(ann.ceiling);
    expect(new Set(ann.refused)).toEqual(new Set(['TooManyRequestsException 400 Rate exceeded']));
    expect(bob.ok).toBe(10);
  });

  it('control routes are never throttled', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 200 }, () =>
        fetch(`${emulator.url}/_emulator/health`).then((r) => r.status),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('request quotas scaled or off (emulator)', () => {
  it('EMULATOR_QUOTA_SCALE doubles them', async () => {
    const emulator = await startEmulator({
      port: 0,
      config: { seed: false, quotas: { enabled: true, scale: 2 } },
    });
    try {
      const client = adminClient(emulator.url);
      const UserPoolId = await newPool(client, 'scaled');
      const { ok, ceiling } = await burst(
        250,
        () => client.send(new ListUsersCommand({ UserPoolId })),
        60,
      );
      expect(ok).toBeGreaterThanOrEqual(60);
      expect(ok).toBeLessThanOrEqual(ceiling);
      expect(ok).toBeLessThan(250);
    } finally {
      await emulator.close();
    }
  });

  it('EMULATOR_QUOTAS=off lets everything through', async () => {
    const emulator = await startEmulator({ port: 0, config: { seed: false, quotas: QUOTAS_OFF } });
    try {
      const client = adminClient(emulator.url);
      const UserPoolId = await newPool(client, 'unmetered');
      const { ok } = await burst(150, () => client.send(new ListUsersCommand({ UserPoolId })));
      expect(ok).toBe(150);
    } finally {
      await emulator.close();
    }
  });
});
