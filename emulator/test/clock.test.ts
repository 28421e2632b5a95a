import { ConfirmSignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { QUOTAS_OFF } from '../src/traffic/quotas.ts';
import { adminClient } from '../src/users/test-emulator.ts';
import { expectAwsError } from './support/expect-error.ts';
import { publicClient } from './support/sign-in.ts';
import type { Target } from './support/targets.ts';
import { emailFor, lastCode, selfServicePool, signUp } from './support/user-self.ts';

/** Emulator only: POST /_emulator/clock is the emulator's own control route. */
describe('the emulator clock (emulator)', () => {
  let emulator: RunningEmulator;
  const target = (): Target => ({
    name: 'emulator',
    url: emulator.url,
    admin: () => adminClient(emulator.url),
  });
  const advance = (body: unknown) =>
    fetch(`${emulator.url}/_emulator/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, config: { seed: false, quotas: QUOTAS_OFF } });
  });
  afterAll(() => emulator.close());

  it('moved a day forward, a sign-up code has expired; a reset puts the clock back', async () => {
    const { clientId } = await selfServicePool(adminClient(emulator.url));
    const email = emailFor('clock');
    await signUp(target(), clientId, 'clock', email);
    const code = await lastCode(target(), email);

    const moved = await advance({ advanceSeconds: 25 * 3600 });
    expect(moved.status).toBe(200);
    const { now } = (await moved.json()) as { now: string };
    expect(Date.parse(now) - Date.now()).toBeGreaterThan(24 * 3600_000);
    const expired = await expectAwsError(
      () =>
        publicClient(emulator.url).send(
          new ConfirmSignUpCommand({
            ClientId: clientId,
            Username: 'clock',
            ConfirmationCode: code,
          }),
        ),
      'ExpiredCodeException',
    );
    expect(expired.message).toBe('Invalid code provided, please request a code again.');

    await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
    const after = (await (await advance({ advanceSeconds: 1 })).json()) as { now: string };
    expect(Math.abs(Date.parse(after.now) - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a step that is not a positive number of seconds up to a year', async () => {
    for (const body of [
      {},
      { advanceSeconds: -5 },
      { advanceSeconds: '60' },
      { advanceSeconds: 4e7 },
    ]) {
      const res = await advance(body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { __type: string }).__type).toBe('InvalidParameterException');
    }
  });
});
