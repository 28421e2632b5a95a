import { expect, test } from '@playwright/test';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { resetEmulator } from './support/emulator.ts';
import { openPoolTab } from './support/pool-resources-page.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { ACME_POOL, openUser } from './support/user-page.ts';
import { openCustomerUsers, usersTable } from './support/users-search-page.ts';

// Keyboard users keep their place: closing a dialog returns focus to what opened it, and a search
// leaves focus in the search box with the results below it.

const CUSTOMER = SEEDED.customerPool.demoCustomer.username;

test.beforeEach(async () => {
  await resetEmulator();
});

test('closing a dialog returns focus to the button that opened it', async ({ page }) => {
  await signInFirstTime(page, 'admin');
  await openUser(page, ACME_POOL, CUSTOMER);
  for (const name of ['Sign out everywhere', 'Reset password', 'Set password']) {
    const opener = page.getByRole('button', { name, exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(opener).toBeFocused();
  }
});

test("a row's dialog returns focus to its row, or to the page once the row is gone", async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, SEEDED.customerPool.name, 'Groups');
  await page.getByRole('link', { name: 'admins', exact: true }).click();
  const remove = page
    .getByRole('table', { name: 'Members' })
    .getByRole('button', { name: /^Remove / })
    .first();
  await remove.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(remove).toBeFocused();

  const label = (await remove.getAttribute('aria-label'))!;
  await remove.click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Remove/ })
    .click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);
  await expect(page.getByRole('main')).toBeFocused();
});

test('after a search, focus stays in the search box', async ({ page }) => {
  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  const search = page.getByRole('searchbox', { name: 'Search users' });
  await search.fill(CUSTOMER);
  await search.press('Enter');
  await expect(usersTable(page).getByRole('link', { name: CUSTOMER, exact: true })).toBeVisible();
  await expect(search).toBeFocused();
});
