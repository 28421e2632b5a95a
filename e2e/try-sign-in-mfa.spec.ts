import { expect, test, type Page } from '@playwright/test';
import { totpCode } from '../emulator/src/mfa/totp.ts';
import { resetEmulator } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { section, signIn, tracedOperations } from './support/try-sign-in-page.ts';
import { openTrySignInFor, setUpAuthenticator, testPool } from './support/try-sign-in-pools.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

const USERNAME = 'mfa.tester';
const PASSWORD = 'Mfa-Tester-Pass-2026!';

/** A pool requiring MFA by authenticator app, its user without MFA yet. */
const mfaPool = (devices: boolean) =>
  testPool({ mfa: 'ON', devices, user: { username: USERNAME, password: PASSWORD } });

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
