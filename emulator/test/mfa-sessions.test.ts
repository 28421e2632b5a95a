import {
  AdminSetUserMFAPreferenceCommand,
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
  type ChallengeNameType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { QUOTAS_OFF } from '../src/traffic/quotas.ts';
import { adminClient } from '../src/users/test-emulator.ts';
import { expectAwsError } from './support/expect-error.ts';
import {
  ALL_FLOWS,
  authenticatorCode,
  lastSmsCode,
  MFA_PASSWORD,
  mfaPool,
  mfaUser,
  SNS_ROLE,
  uniquePhone,
} from './support/mfa.ts';
import { publicClient } from './support/sign-in.ts';
import type { Target } from './support/targets.ts';

/** Emulator only: the clock and restarts are the emulator's to control. */
describe('MFA challenge sessions over time and across restarts (emulator)', () => {
  let emulator: RunningEmulator;
  let dataDir: string;
  const start = () =>
    startEmulator({ port: 0, dataDir, config: { seed: false, quotas: QUOTAS_OFF } });
  const target = (): Target => ({
    name: 'emulator',
    url: emulator.url,
    admin: () => adminClient(emulator.url),
  });
  const signIn = (clientId: string, username: string, flow = 'USER_PASSWORD_AUTH') =>
    publicClient(emulator.url).send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: flow as 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: MFA_PASSWORD },
      }),
    );
  const respond = (
    clientId: string,
    name: ChallengeNameType,
    session: string | undefined,
    responses: Record<string, string>,
  ) =>
    publicClient(emulator.url).send(
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: name,
        Session: session,
        ChallengeResponses: responses,
      }),
    );

  /** A user whose SMS factor is on and preferred, in an MFA OPTIONAL pool. */
  async function smsUser(username: string) {
    const admin = adminClient(emulator.url);
    const { poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { sms: true });
    const phone = uniquePhone();
    await mfaUser(admin, poolId, username, phone);
    await admin.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: poolId,
        Username: username,
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    return { poolId, clientId, phone };
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mfa-'));
    emulator = await start();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('an MFA session expires after three minutes', async () => {
    const { clientId, phone } = await smsUser('late');
    vi.useFakeTimers({ toFake: ['Date'] });
    const started = await signIn(clientId, 'late');
    const code = await lastSmsCode(target(), phone);
    vi.setSystemTime(Date.now() + 3 * 60_000 + 1_000);
    const error = await expectAwsError(
      () => respond(clientId, 'SMS_MFA', started.Session, { USERNAME: 'late', SMS_MFA_CODE: code }),
      'NotAuthorizedException',
    );
    expect(error.message).toBe('Invalid session for the user, session is expired.');
  });

  it('an MFA session signs in once: answered again, it is refused', async () => {
    const { clientId, phone } = await smsUser('twice');
    const started = await signIn(clientId, 'twice');
    const code = await lastSmsCode(target(), phone);
    const answer = () =>
      respond(clientId, 'SMS_MFA', started.Session, { USERNAME: 'twice', SMS_MFA_CODE: code });
    expect((await answer()).AuthenticationResult?.AccessToken).toBeTruthy();
    await expectAwsError(answer, 'NotAuthorizedException');
  });

  it('wrong MFA codes are counted durably: the challenge and its count survive a restart', async () => {
    const { clientId, phone } = await smsUser('guess');
    const started = await signIn(clientId, 'guess');
    const code = await lastSmsCode(target(), phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const answer = (SMS_MFA_CODE: string) =>
      respond(clientId, 'SMS_MFA', started.Session, { USERNAME: 'guess', SMS_MFA_CODE });
    for (let i = 0; i < 4; i++) await expectAwsError(() => answer(wrong), 'CodeMismatchException');
    await emulator.close();
    emulator = await start();
    await expectAwsError(() => answer(wrong), 'CodeMismatchException');
    await emulator.close();
    emulator = await start();
    const error = await expectAwsError(() => answer(code), 'NotAuthorizedException');
    expect(error.message).toBe('Invalid session for the user.');
  });

  it('an authenticator set up and turned on survives a restart', async () => {
    const admin = adminClient(emulator.url);
    const { poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { totp: true });
    await mfaUser(admin, poolId, 'keeper');
    const client = publicClient(emulator.url);
    const first = await signIn(clientId, 'keeper');
    const AccessToken = first.AuthenticationResult!.AccessToken!;
    const { SecretCode } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    await client.send(
      new VerifySoftwareTokenCommand({ AccessToken, UserCode: authenticatorCode(SecretCode!) }),
    );
    await client.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    await emulator.close();
    emulator = await start();
    const started = await signIn(clientId, 'keeper');
    expect(started.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const answered = await respond(clientId, 'SOFTWARE_TOKEN_MFA', started.Session, {
      USERNAME: 'keeper',
      SOFTWARE_TOKEN_MFA_CODE: authenticatorCode(SecretCode!),
    });
    expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("the SMS carries the pool's SmsAuthenticationMessage", async () => {
    const admin = adminClient(emulator.url);
    const { poolId, clientId, phone } = await smsUser('texted');
    await admin.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: poolId,
        MfaConfiguration: 'OPTIONAL',
        SmsMfaConfiguration: {
          SmsAuthenticationMessage: 'Example app sign-in code: {####}',
          SmsConfiguration: { SnsCallerArn: SNS_ROLE, ExternalId: 'mfa-test' },
        },
      }),
    );
    await signIn(clientId, 'texted');
    const res = await fetch(`${emulator.url}/_emulator/outbox?to=${encodeURIComponent(phone)}`);
    const { messages } = (await res.json()) as {
      messages: { kind: string; medium: string; code: string; body: string }[];
    };
    const sent = messages.at(-1)!;
    expect(sent.medium).toBe('SMS');
    expect(sent.body).toBe(`Example app sign-in code: ${sent.code}`);
  });

  it('CUSTOM_AUTH on InitiateAuth without triggers is refused as AWS does', async () => {
    const admin = adminClient(emulator.url);
    const { poolId, clientId } = await mfaPool(admin, 'OFF', {}, [
      ...ALL_FLOWS,
      'ALLOW_CUSTOM_AUTH',
    ]);
    await mfaUser(admin, poolId, 'custom');
    const error = await expectAwsError(
      () => signIn(clientId, 'custom', 'CUSTOM_AUTH'),
      'InvalidParameterException',
    );
    expect(error.message).toBe('Custom auth lambda trigger is not configured for the user pool.');
  });
});
