import { expect, type Page } from '@playwright/test';
import { DEMO } from '../../emulator/src/config.ts';

export const ADMIN_NEW_PASSWORD = 'E2e-Admin-Password-1!';
export const SUPPORT_NEW_PASSWORD = 'E2e-Support-Password-1!';

export async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function chooseNewPassword(page: Page, password: string) {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Confirm new password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
}

/** First sign-in of a demo user after a reset: temporary password, then a new one. */
export async function signInFirstTime(page: Page, who: 'admin' | 'support') {
  await page.goto('/');
  const email = who === 'admin' ? DEMO.adminEmail : DEMO.supportEmail;
  const temporary = who === 'admin' ? DEMO.adminTemporaryPassword : DEMO.supportTemporaryPassword;
  await fillSignIn(page, email, temporary);
  await chooseNewPassword(page, who === 'admin' ? ADMIN_NEW_PASSWORD : SUPPORT_NEW_PASSWORD);
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
}
