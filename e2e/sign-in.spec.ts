import { expect, test } from '@playwright/test';
import { DEMO } from '../emulator/src/config.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import {
  ADMIN_NEW_PASSWORD,
  chooseNewPassword,
  fillSignIn,
  signInFirstTime,
} from './support/sign-in-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/');
  await fillSignIn(page, DEMO.adminEmail, 'Wrong-Password-1!');
  await expect(page.getByText('Incorrect username or password.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeHidden();
});

test('first sign-in asks for a new password, refuses a weak one, then lands on the pools', async ({
  page,
}) => {
  await page.goto('/');
  await expectNoSeriousA11yViolations(page);
  await fillSignIn(page, DEMO.adminEmail, DEMO.adminTemporaryPassword);
  await chooseNewPassword(page, 'weak');
  await expect(
    page
      .getByText(/password/i)
      .filter({ hasText: /policy|must|least/i })
      .first(),
  ).toBeVisible();
  await chooseNewPassword(page, ADMIN_NEW_PASSWORD);
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
  await expect(page.getByText(DEMO.adminEmail)).toBeVisible();
});

test('sign-out returns to the sign-in page and keeps nothing in localStorage', async ({ page }) => {
  await signInFirstTime(page, 'admin');
  const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
  expect(stored).not.toMatch(/eyJ|AccessKeyId|SecretKey|RefreshToken/i);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.goto('/pools');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('the new password works on the next sign-in', async ({ page }) => {
  await signInFirstTime(page, 'admin');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await fillSignIn(page, DEMO.adminEmail, ADMIN_NEW_PASSWORD);
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
});
