import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { idpClient } from './support/targets.ts';
import { QUOTAS_OFF } from '../src/traffic/quotas.ts';

const CONSOLE = 'http://127.0.0.1:5173';
const FOREIGN = 'https://evil.example.com';
const adminKey = {
  accessKeyId: 'AKIAEMULATORADMIN000',
  secretAccessKey: 'emulator-admin-secret-key-0000000000000000',
};

// Its own emulator: a reset that got through must not wipe the data other tests share.
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, config: { seedCustomerUsers: 0, quotas: QUOTAS_OFF } });
});
afterAll(() => emulator.close());

async function createPool(name: string): Promise<string> {
  const { UserPool } = await idpClient(emulator.url, adminKey).send(
    new CreateUserPoolCommand({ PoolName: name }),
  );
  return UserPool!.Id!;
}

async function poolExists(id: string): Promise<boolean> {
  try {
    await idpClient(emulator.url, adminKey).send(new DescribeUserPoolCommand({ UserPoolId: id }));
    return true;
  } catch {
    return false;
  }
}

describe('the control routes answer only the console', () => {
  it('refuses a reset posted by a foreign page, without preflight, and keeps the data', async () => {
    const id = await createPool('survives-foreign-reset');
    // A form-encoded POST is a "simple" request: the browser sends it without asking first.
    const res = await fetch(`${emulator.url}/_emulator/reset`, {
      method: 'POST',
      headers: { Origin: FOREIGN, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toEqual({
      __type: 'AccessDeniedException',
      message: `Origin ${FOREIGN} may not use the emulator's control routes.`,
    });
    expect(await poolExists(id)).toBe(true);
  });

  it('refuses the outbox and its preflight to a foreign page', async () => {
    const outbox = await fetch(`${emulator.url}/_emulator/outbox`, {
      headers: { Origin: FOREIGN },
    });
    expect(outbox.status).toBe(403);
    expect(outbox.headers.get('access-control-allow-origin')).toBeNull();
    expect(await outbox.text()).not.toContain('messages');

    const preflight = await fetch(`${emulator.url}/_emulator/reset`, {
      method: 'OPTIONS',
      headers: { Origin: FOREIGN, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a cross-site browser request that carries no Origin', async () => {
    const res = await fetch(`${emulator.url}/_emulator/outbox`, {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(res.status).toBe(403);
  });

  it("answers the console's own origin, with CORS for it", async () => {
    const outbox = await fetch(`${emulator.url}/_emulator/outbox`, {
      headers: { Origin: CONSOLE },
    });
    expect(outbox.status).toBe(200);
    expect(outbox.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(await outbox.json()).toEqual({ messages: expect.any(Array) });

    const id = await createPool('wiped-by-console-reset');
    const reset = await fetch(`${emulator.url}/_emulator/reset`, {
      method: 'POST',
      headers: { Origin: CONSOLE },
    });
    expect(reset.status).toBe(200);
    expect(await poolExists(id)).toBe(false);
  });

  it('answers scripts and the CLI, which send no Origin', async () => {
    const health = await fetch(`${emulator.url}/_emulator/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
  });

  it('allows the origins it is configured with, and only those', async () => {
    const custom = await startEmulator({
      port: 0,
      config: { seed: false, quotas: QUOTAS_OFF, consoleOrigins: ['https://console.example.com'] },
    });
    try {
      const ok = await fetch(`${custom.url}/_emulator/health`, {
        headers: { Origin: 'https://console.example.com' },
      });
      expect(ok.status).toBe(200);
      const dev = await fetch(`${custom.url}/_emulator/health`, { headers: { Origin: CONSOLE } });
      expect(dev.status).toBe(403);
    } finally {
      await custom.close();
    }
  });

  it("keeps AWS's API open to any origin, as AWS does", async () => {
    const res = await fetch(emulator.url, {
      method: 'POST',
      headers: {
        Origin: FOREIGN,
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AWSCognitoIdentityProviderService.ListUserPools',
      },
      body: JSON.stringify({ MaxResults: 10 }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(FOREIGN);
    expect((await res.json()).__type).toBe('MissingAuthenticationTokenException');
  });
});
