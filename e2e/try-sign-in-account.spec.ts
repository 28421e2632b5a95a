import { expect, test, type Page } from '@playwright/test';
import { totpCode } from '../emulator/src/mfa/totp.ts';
import { resetEmulator } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { section, signIn, tracedOperations } from './support/try-sign-in-page.ts';
import {
  openTrySignInFor,
  setPoolMfa,
  setUpAuthenticator,
  testPool,
} from './support/try-sign-in-pools.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

const USERNAME = 'account.tester';
const PASSWORD = 'Account-Tester-Pass-2026!';

interface PoolOptions {
  mfa: 'ON' | 'OFF';
  devices?: boolean;
  phone?: boolean;
}

/** A pool requiring an email, whose user also has a given_name (and, with `phone`, a phone). */
const accountPool = ({ mfa, devices = false, phone = false }: PoolOptions) =>
  testPool({
    mfa,
    devices,
    emailRequired: true,
    user: {
      username: USERNAME,
      password: PASSWORD,
      attributes: {
        email: 'account.tester@example.com',
        given_name: 'Ada',
        ...(phone ? { phone_number: '+15555550100' } : {}),
      },
    },
  });

const signedIn = (page: Page) => section(page, `Signed in as ${USERNAME}`);

async function forgetTokens(page: Page) {
  await signedIn(page).getByRole('button', { name: 'Forget these tokens' }).click();
  await expect(signedIn(page)).toHaveCount(0);
}

test('a remembered device is listed, forgotten after a cancelled first try, and MFA is asked again', async ({
  page,
}) => {
  const pool = await accountPool({ mfa: 'ON', devices: true });
  await signInFirstTime(page, 'admin');
  await openTrySignInFor(page, pool);

  await signIn(page, USERNAME, PASSWORD);
  const key = await setUpAuthenticator(page);
  await signedIn(page).getByRole('button', { name: 'Remember this device' }).click();
  await expect(signedIn(page).getByRole('button', { name: 'Remember this device' })).toHaveCount(0);

  const devices = section(page, 'Your devices');
  await devices.getByRole('button', { name: 'List devices' }).click();
  const device = devices.getByRole('listitem', { name: 'Console Try sign-in' });
  await expect(device).toContainText('(this page)');
  await expect(device).toContainText('Remembered');

  // Marked not remembered, then remembered again: GetDevice shows each change.
  await device.getByRole('button', { name: 'Mark as not remembered' }).click();
  await expect(device).toContainText('Not remembered');
  await device.getByRole('button', { name: 'Mark as remembered' }).click();
  await expect(device.getByRole('button', { name: 'Mark as not remembered' })).toBeVisible();
  await device.getByRole('button', { name: 'Details' }).click();
  await expect(device.getByText('device_remembered_status')).toBeVisible();

  await device.getByRole('button', { name: 'Forget' }).click();
  let dialog = page.getByRole('dialog', { name: 'Forget Console Try sign-in?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(device).toBeVisible();
  expect(await tracedOperations(page)).not.toContain('ForgetDevice');

  await device.getByRole('button', { name: 'Forget' }).click();
  dialog = page.getByRole('dialog', { name: 'Forget Console Try sign-in?' });
  await dialog.getByRole('button', { name: 'Forget device' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(device).toHaveCount(0);
  await expect
    .poll(() => tracedOperations(page))
    .toEqual(expect.arrayContaining(['ListDevices', 'GetDevice', 'ForgetDevice']));

  await forgetTokens(page);
  await signIn(page, USERNAME, PASSWORD);
  const mfa = section(page, 'Challenge: SOFTWARE_TOKEN_MFA');
  await expect(mfa).toBeVisible();
  const calls = section(page, 'API calls').getByRole('listitem');
  await expect(calls.filter({ hasText: 'DEVICE_SRP_AUTH' })).toHaveCount(0);
  await mfa.getByLabel('MFA code').fill(totpCode(key, Date.now()));
  await mfa.getByRole('button', { name: 'Send code' }).click();
  await expect(signedIn(page)).toBeVisible();
});

test('the authenticator turned on as preferred is asked for, and once off is not', async ({
  page,
}) => {
  const pool = await accountPool({ mfa: 'ON' });
  await signInFirstTime(page, 'admin');
  await openTrySignInFor(page, pool);
  await signIn(page, USERNAME, PASSWORD);
  const key = await setUpAuthenticator(page);
  await expect(signedIn(page)).toBeVisible();
  await setPoolMfa(pool.poolId, 'OPTIONAL');

  const account = section(page, 'Account settings');
  await account.getByRole('button', { name: 'Read the user' }).click();
  let prefs = account.getByRole('form', { name: 'MFA preferences' });
  await prefs.getByLabel('Authenticator app MFA on').check();
  await prefs.getByRole('radio', { name: 'Authenticator app' }).check();
  await prefs.getByRole('button', { name: 'Save MFA preferences' }).click();
  await expect(prefs).toContainText('preferred SOFTWARE_TOKEN_MFA');

  await forgetTokens(page);
  await signIn(page, USERNAME, PASSWORD);
  const mfa = section(page, 'Challenge: SOFTWARE_TOKEN_MFA');
  await mfa.getByLabel('MFA code').fill(totpCode(key, Date.now()));
  await mfa.getByRole('button', { name: 'Send code' }).click();
  await expect(signedIn(page)).toBeVisible();

  await account.getByRole('button', { name: 'Read the user' }).click();
  prefs = account.getByRole('form', { name: 'MFA preferences' });
  await prefs.getByLabel('Authenticator app MFA on').uncheck();
  await prefs.getByRole('radio', { name: 'No preference' }).check();
  await prefs.getByRole('button', { name: 'Save MFA preferences' }).click();
  await expect(prefs).toContainText('no MFA factor on');
  await expect.poll(() => tracedOperations(page)).toContain('SetUserMFAPreference');

  await forgetTokens(page);
  await signIn(page, USERNAME, PASSWORD);
  await expect(signedIn(page)).toBeVisible();
  await expect(section(page, 'Challenge: SOFTWARE_TOKEN_MFA')).toHaveCount(0);
});

test('an attribute is removed after confirming, and a required one is refused at the field', async ({
  page,
}) => {
  const pool = await accountPool({ mfa: 'OFF' });
  await signInFirstTime(page, 'admin');
  await openTrySignInFor(page, pool);
  await signIn(page, USERNAME, PASSWORD);
  await expect(signedIn(page)).toBeVisible();

  const account = section(page, 'Account settings');
  await account.getByRole('button', { name: 'Read the user' }).click();
  const attributes = account.getByRole('definition').filter({ hasText: 'Ada' });
  await expect(attributes).toHaveCount(1);

  const remove = account.getByRole('form', { name: 'Remove an attribute' });
  await remove.getByLabel('Attribute to remove').fill('email');
  await remove.getByRole('button', { name: 'Remove attribute' }).click();
  await page
    .getByRole('dialog', { name: 'Remove email?' })
    .getByRole('button', { name: 'Remove attribute' })
    .click();
  await expect(remove.getByLabel('Attribute to remove')).toHaveAccessibleDescription(
    /Required attribute cannot be deleted/,
  );

  await remove.getByLabel('Attribute to remove').fill('given_name');
  await remove.getByRole('button', { name: 'Remove attribute' }).click();
  await page
    .getByRole('dialog', { name: 'Remove given_name?' })
    .getByRole('button', { name: 'Remove attribute' })
    .click();
  await expect(account.getByRole('term').filter({ hasText: /^given_name$/ })).toHaveCount(0);
  await expect(attributes).toHaveCount(0);
  await expect(account.getByRole('term').filter({ hasText: /^email$/ })).toHaveCount(1);
  const operations = await tracedOperations(page);
  expect(operations).toContain('DeleteUserAttributes');
  expect(operations.at(-1)).toBe('GetUser');
});

test('the legacy SMS MFA option is turned on and off with SetUserSettings', async ({ page }) => {
  const pool = await accountPool({ mfa: 'OFF', phone: true });
  await signInFirstTime(page, 'admin');
  await openTrySignInFor(page, pool);
  await signIn(page, USERNAME, PASSWORD);
  await expect(signedIn(page)).toBeVisible();

  const account = section(page, 'Account settings');
  await account.getByRole('button', { name: 'Read the user' }).click();
  const prefs = account.getByRole('form', { name: 'MFA preferences' });
  await expect(prefs).toContainText('SMS MFA to phone_number is off');
  await prefs.getByRole('button', { name: 'Turn legacy SMS MFA on' }).click();
  await expect(prefs).toContainText('SMS MFA to phone_number is on');
  await prefs.getByRole('button', { name: 'Turn legacy SMS MFA off' }).click();
  await expect(prefs).toContainText('SMS MFA to phone_number is off');
  const operations = await tracedOperations(page);
  expect(operations.filter((name) => name === 'SetUserSettings')).toHaveLength(2);
});
