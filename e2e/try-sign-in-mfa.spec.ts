import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { totpCode } from '../emulator/src/mfa/totp.ts';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { section, signIn, tracedOperations } from './support/try-sign-in-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

const USERNAME = 'mfa.tester';
const PASSWORD = 'Mfa-Tester-Pass-2026!';

/**
 * A pool that requires MFA by authenticator app, a public client allowing SRP and password sign-in,
 * and a confirmed user with a password and no MFA yet. With `devices`, the pool tracks devices,
 * remembers them when the user asks, and lets a remembered device stand in for MFA.
 */
async function mfaPool(devices: boolean) {
  const idp = emulatorAdminClient();
  const { UserPool } = await idp.send(
    new CreateUserPoolCommand({
      PoolName: `e2e-mfa-${Date.now()}`,
      ...(devices && {
        DeviceConfiguration: {
          ChallengeRequiredOnNewDevice: true,
          DeviceOnlyRememberedOnUserPrompt: true,
        },
      }),
    }),
  );
  const poolId = UserPool!.Id!;
  await idp.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: poolId,
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  const { UserPoolClient } = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'e2e-mfa-app',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  await idp.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: USERNAME,
      MessageAction: 'SUPPRESS',
    }),
  );
  await idp.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: USERNAME,
      Password: PASSWORD,
      Permanent: true,
    }),
  );
  return { poolId, clientId: UserPoolClient!.ClientId! };
}

async function openTrySignInFor(
  page: Page,
  { poolId, clientId }: { poolId: string; clientId: string },
) {
  await page.goto(`/pools/${poolId}/clients/${clientId}/try-sign-in`);
  await expect(page.getByRole('heading', { level: 1, name: 'Try sign-in' })).toBeVisible();
}

/** Answers MFA_SETUP with a new authenticator; returns its key. */
async function setUpAuthenticator(page: Page): Promise<string> {
  const setup = section(page, 'Challenge: MFA_SETUP');
  await setup.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(setup.getByRole('img', { name: 'QR code for the authenticator app' })).toBeVisible();
  const key = (await setup.getByRole('status', { name: 'Authenticator key' }).textContent())!;
  await setup.getByLabel('Code from the authenticator app').fill(totpCode(key, Date.now()));
  await setup.getByRole('button', { name: 'Verify and sign in' }).click();
  return key;
}

const signedIn = (page: Page) => section(page, `Signed in as ${USERNAME}`);

test('an authenticator is set up on the first sign-in, then its code is asked for', async ({
  page,
}) => {
  const pool = await mfaPool(false);
  await signInFirstTime(page, 'admin');
  await openTrySignInFor(page, pool);

  await signIn(page, USERNAME, PASSWORD);
  const key = await setUpAuthenticator(page);
  await expect(signedIn(page)).toBeVisible();
  await expect(signedIn(page).getByText('Signature valid').first()).toBeVisible();

  await signedIn(page).getByRole('button', { name: 'Forget these tokens' }).click();
  await signIn(page, USERNAME, PASSWORD);
  const mfa = section(page, 'Challenge: SOFTWARE_TOKEN_MFA');
  // A wrong code is refused at the field, and the right one then signs in.
  const wrong = String((Number(totpCode(key, Date.now())) + 1) % 1_000_000).padStart(6, '0');
  await mfa.getByLabel('MFA code').fill(wrong);
  await mfa.getByRole('button', { name: 'Send code' }).click();
  await expect(mfa.getByText('That code is wrong. Check it and try again.')).toBeVisible();
  await mfa.getByLabel('MFA code').fill(totpCode(key, Date.now()));
  await mfa.getByRole('button', { name: 'Send code' }).click();
  await expect(signedIn(page)).toBeVisible();
});

test('a remembered device signs in without MFA', async ({ page }) => {
  const pool = await mfaPool(true);
  await signInFirstTime(page, 'admin');
  await openTrySignInFor(page, pool);

  await signIn(page, USERNAME, PASSWORD);
  await setUpAuthenticator(page);
  await expect(signedIn(page).getByText(/Device .* is confirmed/)).toBeVisible();
  await signedIn(page).getByRole('button', { name: 'Remember this device' }).click();
  await expect(signedIn(page).getByRole('button', { name: 'Remember this device' })).toHaveCount(0);
  await expect.poll(() => tracedOperations(page)).toContain('UpdateDeviceStatus');

  await signedIn(page).getByRole('button', { name: 'Forget these tokens' }).click();
  const before = (await tracedOperations(page)).length;
  await signIn(page, USERNAME, PASSWORD);
  await expect(signedIn(page)).toBeVisible();
  await expect(section(page, 'Challenge: SOFTWARE_TOKEN_MFA')).toHaveCount(0);
  const calls = section(page, 'API calls').getByRole('listitem');
  await expect(calls.nth(before + 2)).toContainText('DEVICE_SRP_AUTH');
  await expect(calls.nth(before + 3)).toContainText('DEVICE_PASSWORD_VERIFIER');
});
