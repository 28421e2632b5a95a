import { SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { DEMO } from '../emulator/src/config.ts';
import { totpCode } from '../emulator/src/mfa/totp.ts';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { advanceEmulatorClock, resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { ADMIN_NEW_PASSWORD, chooseNewPassword, fillSignIn } from './support/sign-in-page.ts';

// The reset puts the operators' pool back to its seed (MFA off) for every other spec.
test.beforeEach(async () => {
  await resetEmulator();
  await emulatorAdminClient().send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: SEEDED.adminPool.id,
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
});

function countRequests(page: Page, operation: string): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.headers()['x-amz-target']?.endsWith(`.${operation}`)) count += 1;
  });
  return () => count;
}

/** A six-digit code no authenticator with `secret` shows around now. */
function wrongCode(secret: string): string {
  const now = Date.now();
  const valid = new Set(
    [-60_000, -30_000, 0, 30_000, 60_000].map((d) => totpCode(secret, now + d)),
  );
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

/** The seeded admin's first sign-in on a pool that requires MFA: new password, then MFA setup. */
async function setUpAuthenticator(page: Page): Promise<string> {
  await page.goto('/');
  await fillSignIn(page, DEMO.adminEmail, DEMO.adminTemporaryPassword);
  await chooseNewPassword(page, ADMIN_NEW_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Set up MFA' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up an authenticator app' }).dblclick();
  await expect(page.getByRole('img', { name: 'QR code for the authenticator app' })).toBeVisible();
  const secret = (await page.getByLabel('Authenticator key').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Code from the authenticator app').fill(totpCode(secret, Date.now()));
  await page.getByRole('button', { name: 'Verify and sign in' }).dblclick();
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
  return secret;
}

test('an operator sets up an authenticator at first sign-in, then signs in with its codes', async ({
  page,
}) => {
  const associates = countRequests(page, 'AssociateSoftwareToken');
  const verifies = countRequests(page, 'VerifySoftwareToken');
  const secret = await setUpAuthenticator(page);
  expect(associates()).toBe(1);
  expect(verifies()).toBe(1);
  const stored = await page.evaluate(() =>
    JSON.stringify([window.localStorage, window.sessionStorage]),
  );
  expect(stored).not.toContain(secret);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await fillSignIn(page, DEMO.adminEmail, ADMIN_NEW_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Verify it’s you' })).toBeVisible();
  const codeField = page.getByLabel('Code from the authenticator app');
  await codeField.fill(wrongCode(secret));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(codeField).toHaveAccessibleDescription(
    'That code is wrong. Check it and try again.',
  );
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeHidden();

  await codeField.fill(totpCode(secret, Date.now()));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
  await expect(page.getByText(DEMO.adminEmail)).toBeVisible();
});

test('an MFA step left too long says so at the field and starts over', async ({ page }) => {
  const secret = await setUpAuthenticator(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await fillSignIn(page, DEMO.adminEmail, ADMIN_NEW_PASSWORD);
  const codeField = page.getByLabel('Code from the authenticator app');
  await expect(codeField).toBeVisible();
  await advanceEmulatorClock(10 * 60);
  await codeField.fill(totpCode(secret, Date.now() + 10 * 60 * 1000));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(codeField).toHaveAccessibleDescription(
    'This sign-in took too long and has expired. Start over.',
  );
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
