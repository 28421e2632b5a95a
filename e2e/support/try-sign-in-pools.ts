import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, type Page } from '@playwright/test';
import { totpCode } from '../../emulator/src/mfa/totp.ts';
import { emulatorAdminClient } from './idp-admin.ts';
import { section } from './try-sign-in-page.ts';

export interface TestPoolOptions {
  /** ON: the first sign-in sets up an authenticator app. */
  mfa: 'ON' | 'OFF';
  /** The pool remembers devices when the user asks, and they stand in for MFA. */
  devices?: boolean;
  /** The pool's schema requires an email. */
  emailRequired?: boolean;
  user: { username: string; password: string; attributes?: Record<string, string> };
}

export interface TestPool {
  poolId: string;
  clientId: string;
}

/** A pool of its own, a public client allowing SRP sign-in, and a confirmed user with a password. */
export async function testPool({
  mfa,
  devices = false,
  emailRequired = false,
  user,
}: TestPoolOptions): Promise<TestPool> {
  const idp = emulatorAdminClient();
  const { UserPool } = await idp.send(
    new CreateUserPoolCommand({
      PoolName: `e2e-try-${Date.now()}`,
      ...(emailRequired && {
        Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
      }),
      ...(devices && {
        DeviceConfiguration: {
          ChallengeRequiredOnNewDevice: true,
          DeviceOnlyRememberedOnUserPrompt: true,
        },
      }),
    }),
  );
  const poolId = UserPool!.Id!;
  if (mfa === 'ON') await setPoolMfa(poolId, 'ON');
  const { UserPoolClient } = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'e2e-try-app',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  await idp.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: user.username,
      MessageAction: 'SUPPRESS',
      UserAttributes: Object.entries(user.attributes ?? {}).map(([Name, Value]) => ({
        Name,
        Value,
      })),
    }),
  );
  await idp.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: user.username,
      Password: user.password,
      Permanent: true,
    }),
  );
  return { poolId, clientId: UserPoolClient!.ClientId! };
}

/** MFA by authenticator app, ON or OPTIONAL. */
export async function setPoolMfa(poolId: string, mfa: 'ON' | 'OPTIONAL') {
  await emulatorAdminClient().send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: poolId,
      MfaConfiguration: mfa,
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
}

export async function openTrySignInFor(page: Page, { poolId, clientId }: TestPool) {
  await page.goto(`/pools/${poolId}/clients/${clientId}/try-sign-in`);
  await expect(page.getByRole('heading', { level: 1, name: 'Try sign-in' })).toBeVisible();
}

/** Answers MFA_SETUP with a new authenticator; returns its key. */
export async function setUpAuthenticator(page: Page): Promise<string> {
  const setup = section(page, 'Challenge: MFA_SETUP');
  await setup.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(setup.getByRole('img', { name: 'QR code for the authenticator app' })).toBeVisible();
  const key = (await setup.getByRole('status', { name: 'Authenticator key' }).textContent())!;
  await setup.getByLabel('Code from the authenticator app').fill(totpCode(key, Date.now()));
  await setup.getByRole('button', { name: 'Verify and sign in' }).click();
  return key;
}
