import { chromium, type Page } from '@playwright/test';
import { DEMO } from '../emulator/src/config.ts';

/** Chromium as the benches and the size budget drive it. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

/** The password {@link signInFirstTime} gives the seeded admin. */
export const BENCH_ADMIN_PASSWORD = 'Bench-Admin-Password-1!';

/** Signs the seeded admin in on the sign-in page shown, setting the password its first sign-in asks for. */
export async function signInFirstTime(page: Page) {
  await page.getByLabel('Email').fill(DEMO.adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.adminTemporaryPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('New password', { exact: true }).fill(BENCH_ADMIN_PASSWORD);
  await page.getByLabel('Confirm new password').fill(BENCH_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.getByRole('cell', { name: 'acme-customers' }).waitFor();
}
