import { expect, test, type Page } from '@playwright/test';
import { resetEmulator } from './support/emulator.ts';
import { openPoolTab } from './support/pool-resources-page.ts';
import { DEMO } from '../emulator/src/config.ts';
import { ADMIN_NEW_PASSWORD, signInFirstTime } from './support/sign-in-page.ts';
import { ACME_POOL, openUser } from './support/user-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

/** Entries in the tab's history: each navigation of the app adds one. */
const historyLength = (page: Page) => page.evaluate(() => window.history.length);

/**
 * Counts the app's navigations from now on, pushes and replaces alike (a second navigation to the
 * same page is a replace, which leaves the history's length as it was).
 */
async function countNavigations(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counted = window as unknown as { navigations: number };
    counted.navigations = 0;
    (window as unknown as { navigation: EventTarget }).navigation.addEventListener(
      'navigate',
      () => {
        counted.navigations += 1;
      },
    );
  });
  return () => page.evaluate(() => (window as unknown as { navigations: number }).navigations);
}

/** Every request that reaches the emulator for `operation`, counted by its X-Amz-Target. */
function countRequests(page: Page, operation: string): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.headers()['x-amz-target']?.endsWith(`.${operation}`)) count += 1;
  });
  return () => count;
}

test('a double click or a double Enter creates a group once', async ({ page }) => {
  const creates = countRequests(page, 'CreateGroup');
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, 'acme-customers', 'Groups');

  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('dialog').getByLabel('Group name').fill('e2e-double-click');
  await page.getByRole('dialog').getByRole('button', { name: 'Create group' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'e2e-double-click' })).toBeVisible();
  expect(creates()).toBe(1);

  await page.goto('/');
  await openPoolTab(page, 'acme-customers', 'Groups');
  await page.getByRole('button', { name: 'Create group' }).click();
  const name = page.getByRole('dialog').getByLabel('Group name');
  await name.fill('e2e-double-enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'e2e-double-enter' })).toBeVisible();
  expect(creates()).toBe(2);
});

test('a double submit runs the form once: one request, one success toast, one navigation', async ({
  page,
}) => {
  const creates = countRequests(page, 'AdminCreateUser');
  const username = `e2e-submit-${Date.now()}`;
  await signInFirstTime(page, 'admin');
  await page.goto(`/pools/${ACME_POOL}/users/new`);
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('email', { exact: true }).fill(`${username}@example.com`);
  await page.getByLabel('Do not send anything').check();
  const before = await historyLength(page);
  const navigations = await countNavigations(page);
  // Enter in a field (the form's implicit submission) and a click on its button, in one instant.
  await page.getByRole('button', { name: 'Create user' }).evaluate((button: HTMLButtonElement) => {
    button.form?.requestSubmit();
    button.click();
  });
  await expect(page.getByRole('heading', { level: 1, name: username })).toBeVisible();
  await expect(page.getByRole('status').getByText(`User ${username} created.`)).toHaveCount(1);
  expect(await historyLength(page)).toBe(before + 1);
  expect(await navigations()).toBe(1);
  expect(creates()).toBe(1);
});

test('a double click creates a user once', async ({ page }) => {
  const creates = countRequests(page, 'AdminCreateUser');
  const username = `e2e-double-${Date.now()}`;
  await signInFirstTime(page, 'admin');
  await page.goto(`/pools/${ACME_POOL}/users/new`);
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('email', { exact: true }).fill(`${username}@example.com`);
  await page.getByLabel('Do not send anything').check();
  await page.getByRole('button', { name: 'Create user' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: username })).toBeVisible();
  expect(creates()).toBe(1);
});

test('a double click or a double Enter in a confirmation runs the action once', async ({
  page,
}) => {
  const disables = countRequests(page, 'AdminDisableUser');
  const enables = countRequests(page, 'AdminEnableUser');
  const resets = countRequests(page, 'AdminResetUserPassword');
  await signInFirstTime(page, 'support');
  await openUser(page, ACME_POOL, 'demo.customer');

  await page.getByRole('button', { name: 'Disable user', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Disable user' }).dblclick();
  await expect(page.getByText(/The account is disabled/)).toBeVisible();
  expect(disables()).toBe(1);

  await page.getByRole('button', { name: 'Enable user', exact: true }).click();
  const enable = page.getByRole('dialog').getByRole('button', { name: 'Enable user' });
  await enable.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('The account is enabled.')).toBeVisible();
  expect(enables()).toBe(1);
  // The second Enter never opens the confirmation of the opposite action.
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Reset password', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset password' }).dblclick();
  await expect(page.getByText(/An administrator reset the password/)).toBeVisible();
  expect(resets()).toBe(1);
});

test('a double click on Sign in and on Set password signs in once', async ({ page }) => {
  const starts = countRequests(page, 'InitiateAuth');
  const answers = countRequests(page, 'RespondToAuthChallenge');
  await page.goto('/');
  await page.getByLabel('Email').fill(DEMO.adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.adminTemporaryPassword);
  await page.getByRole('button', { name: 'Sign in' }).dblclick();
  await page.getByLabel('New password', { exact: true }).fill(ADMIN_NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill(ADMIN_NEW_PASSWORD);
  expect(starts()).toBe(1);
  expect(answers()).toBe(1); // the SRP password verifier
  await page.getByRole('button', { name: 'Set password' }).dblclick();
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
  expect(answers()).toBe(2);
});
