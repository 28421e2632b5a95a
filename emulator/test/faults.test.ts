import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { parseFaults } from '../src/traffic/faults.ts';
import { QUOTAS_OFF } from '../src/traffic/quotas.ts';
import { adminClient } from '../src/users/test-emulator.ts';

async function withFaults(spec: string, run: (emulator: RunningEmulator) => Promise<void>) {
  const emulator = await startEmulator({
    port: 0,
    config: { seed: false, quotas: QUOTAS_OFF, faults: parseFaults(spec) },
  });
  try {
    await run(emulator);
  } finally {
    await emulator.close();
  }
}

const outcome = (client: CognitoIdentityProviderClient) =>
  client.send(new ListUserPoolsCommand({ MaxResults: 1 })).then(
    () => 'ok',
    (error: Error & { $metadata?: { httpStatusCode?: number } }) =>
      `${error.name} ${error.$metadata?.httpStatusCode}`,
  );

// EMULATOR_FAULTS: the emulator's own switch for tests and demos; it touches Cognito API requests
// only, never the control routes.
describe('fault injection (emulator)', () => {
  it('throttle:1 answers every API request with TooManyRequestsException, control routes still work', async () => {
    await withFaults('throttle:1', async (emulator) => {
      expect(await outcome(adminClient(emulator.url))).toBe('TooManyRequestsException 400');
      const health = await fetch(`${emulator.url}/_emulator/health`);
      expect(health.status).toBe(200);
      const reset = await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
      expect(reset.status).toBe(200);
    });
  });

  it('error:1 fails every API request with a 5xx InternalErrorException, changing nothing', async () => {
    await withFaults('error:1', async (emulator) => {
      const client = adminClient(emulator.url);
      const failed = await client
        .send(new CreateUserPoolCommand({ PoolName: 'never' }))
        .catch((e: Error & { $metadata?: { httpStatusCode?: number } }) => e);
      expect(failed).toMatchObject({ name: 'InternalErrorException' });
      expect((failed as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(
        500,
      );
      expect(emulator.store.state.userPools.size).toBe(0);
    });
  });

  it('throttles and fails about the shares asked for, and lets the rest through', async () => {
    await withFaults('throttle:0.2,error:0.05', async (emulator) => {
      const client = adminClient(emulator.url);
      const outcomes: string[] = [];
      for (let i = 0; i < 400; i++) outcomes.push(await outcome(client));
      const count = (o: string) => outcomes.filter((x) => x === o).length;
      // Binomial(400, 0.2): mean 80, sd 8; Binomial(400, 0.05): mean 20, sd 4.4. Five sd either side.
      expect(count('TooManyRequestsException 400')).toBeGreaterThan(40);
      expect(count('TooManyRequestsException 400')).toBeLessThan(120);
      expect(count('InternalErrorException 500')).toBeGreaterThan(1);
      expect(count('InternalErrorException 500')).toBeLessThan(42);
      expect(
        count('ok') + count('TooManyRequestsException 400') + count('InternalErrorException 500'),
      ).toBe(400);
    });
  });

  it('latency:150 delays every API request by that much, not the control routes', async () => {
    await withFaults('latency:150', async (emulator) => {
      const client = adminClient(emulator.url);
      const started = performance.now();
      expect(await outcome(client)).toBe('ok');
      expect(performance.now() - started).toBeGreaterThanOrEqual(145);
      const before = performance.now();
      await fetch(`${emulator.url}/_emulator/health`);
      expect(performance.now() - before).toBeLessThan(145);
    });
  });
});

describe('POST /_emulator/faults (emulator)', () => {
  const post = (url: string, body: unknown) =>
    fetch(`${url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const describePool = (client: CognitoIdentityProviderClient, id: string) =>
    client.send(new DescribeUserPoolCommand({ UserPoolId: id })).then(
      () => 'ok',
      (error: Error) => error.name,
    );

  it('switches faults on for one pool only, until a reset', async () => {
    await withFaults('', async (emulator) => {
      const client = adminClient(emulator.url);
      const faulty = (await client.send(new CreateUserPoolCommand({ PoolName: 'faulty' })))
        .UserPool!.Id!;
      const calm = (await client.send(new CreateUserPoolCommand({ PoolName: 'calm' }))).UserPool!
        .Id!;

      const res = await post(emulator.url, { faults: 'error:1', userPoolId: faulty });
      expect(res.status).toBe(200);
      expect(await describePool(client, faulty)).toBe('InternalErrorException');
      expect(await describePool(client, calm)).toBe('ok');
      expect(await outcome(client)).toBe('ok');

      await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
      expect(await outcome(client)).toBe('ok');
    });
  });

  it('without a pool, faults every request until a reset puts back the start-up faults', async () => {
    await withFaults('', async (emulator) => {
      const client = adminClient(emulator.url);
      expect((await post(emulator.url, { faults: 'throttle:1' })).status).toBe(200);
      expect(await outcome(client)).toBe('TooManyRequestsException 400');
      await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
      expect(await outcome(client)).toBe('ok');
    });
  });

  it('refuses a bad spec with its message, changing nothing', async () => {
    await withFaults('', async (emulator) => {
      const res = await post(emulator.url, { faults: 'throttle:2' });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        __type: 'InvalidParameterException',
        message:
          'EMULATOR_FAULTS: "throttle:2" needs a share between 0 and 1. Expected for example "throttle:0.2,error:0.05,latency:200".',
      });
      expect(await outcome(adminClient(emulator.url))).toBe('ok');
    });
  });
});
