import {
  AdminConfirmSignUpCommand,
  AdminUpdateUserAttributesCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt, importJWK, SignJWT, type JWTPayload } from 'jose';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { QUOTAS_OFF } from '../src/traffic/quotas.ts';
import { adminClient } from '../src/users/test-emulator.ts';
import { expectAwsError } from './support/expect-error.ts';
import { publicClient } from './support/sign-in.ts';
import type { Target } from './support/targets.ts';
import {
  confirmedUser,
  emailFor,
  lastCode,
  PASSWORD,
  passwordSignIn,
  selfServicePool,
  signUp,
} from './support/user-self.ts';

/** Emulator only: the clock and restarts are the emulator's to control. */
describe('codes over time and across restarts (emulator)', () => {
  let emulator: RunningEmulator;
  let dataDir: string;
  const start = () =>
    startEmulator({ port: 0, dataDir, config: { seed: false, quotas: QUOTAS_OFF } });
  const target = (): Target => ({
    name: 'emulator',
    url: emulator.url,
    admin: () => adminClient(emulator.url),
  });
  const confirm = (ClientId: string, Username: string, ConfirmationCode: string) =>
    publicClient(emulator.url).send(
      new ConfirmSignUpCommand({ ClientId, Username, ConfirmationCode }),
    );

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'user-self-'));
    emulator = await start();
  });
  afterAll(async () => {
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a sign-up code expires after 24 hours: ExpiredCodeException', async () => {
    const { poolId, clientId } = await selfServicePool(adminClient(emulator.url));
    const email = emailFor('late');
    await signUp(target(), clientId, 'late', email);
    const code = await lastCode(target(), email);
    emulator.store.state.userPools.get(poolId)!.users.get('late')!.signUpCode!.expiresAt -=
      24 * 3600;
    const error = await expectAwsError(
      () => confirm(clientId, 'late', code),
      'ExpiredCodeException',
    );
    expect(error.message).toBe('Invalid code provided, please request a code again.');
  });

  it('wrong tries are counted durably: a restart does not reset the limit', async () => {
    const { clientId } = await selfServicePool(adminClient(emulator.url));
    const email = emailFor('guess');
    await signUp(target(), clientId, 'guess', email);
    const code = await lastCode(target(), email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      await expectAwsError(() => confirm(clientId, 'guess', wrong), 'CodeMismatchException');
    await emulator.close();
    emulator = await start();
    await expectAwsError(() => confirm(clientId, 'guess', code), 'LimitExceededException');
  });

  it('a password reset code expires after one hour', async () => {
    const admin = adminClient(emulator.url);
    const { poolId, clientId } = await selfServicePool(admin);
    const email = emailFor('slow');
    await signUp(target(), clientId, 'slow', email);
    await admin.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: 'slow' }));
    await admin.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: poolId,
        Username: 'slow',
        UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
      }),
    );
    const client = publicClient(emulator.url);
    await client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'slow' }));
    const code = await lastCode(target(), email);
    emulator.store.state.userPools.get(poolId)!.users.get('slow')!.passwordResetCode!.expiresAt -=
      3600;
    await expectAwsError(
      () =>
        client.send(
          new ConfirmForgotPasswordCommand({
            ClientId: clientId,
            Username: 'slow',
            ConfirmationCode: code,
            Password: 'Self-Service-Pass-9!',
          }),
        ),
      'ExpiredCodeException',
    );
  });

  it('refuses an expired access token, and one without aws.cognito.signin.user.admin', async () => {
    const admin = adminClient(emulator.url);
    const { poolId, clientId } = await selfServicePool(admin);
    await confirmedUser(admin, poolId, 'nina', emailFor('nina'));
    const { AuthenticationResult } = await passwordSignIn(target(), clientId, 'nina', PASSWORD);
    const claims = decodeJwt(AuthenticationResult!.AccessToken!);
    const { signingKey } = emulator.store.state.userPools.get(poolId)!;
    const key = await importJWK(signingKey.privateJwk, 'RS256');
    const signed = (payload: JWTPayload) =>
      new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: signingKey.kid }).sign(key);
    const getUser = (AccessToken: string) =>
      publicClient(emulator.url).send(new GetUserCommand({ AccessToken }));

    const expired = await signed({ ...claims, exp: Math.floor(Date.now() / 1000) - 1 });
    const late = await expectAwsError(() => getUser(expired), 'NotAuthorizedException');
    expect(late.message).toBe('Access Token has expired');

    const narrow = await signed({ ...claims, scope: 'openid' });
    const scoped = await expectAwsError(() => getUser(narrow), 'NotAuthorizedException');
    expect(scoped.message).toBe('Access Token does not have required scopes');

    const forged = AuthenticationResult!.AccessToken!.slice(0, -4) + 'AAAA';
    const bad = await expectAwsError(() => getUser(forged), 'NotAuthorizedException');
    expect(bad.message).toBe('Invalid Access Token');
  });
});
