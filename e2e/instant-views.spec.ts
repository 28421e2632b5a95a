import { expect, test, type Page, type Route } from '@playwright/test';
import { resetEmulator } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import {
  customerWithPhone,
  openCustomerUsers,
  quickSearch,
  userLink,
  usersTable,
} from './support/users-search-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

const targetOf = (route: Route) => route.request().headers()['x-amz-target'] ?? '';

/** Holds every call of `operation` until the returned release is called. */
async function holdOperation(page: Page, operation: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*', async (route) => {
    if (targetOf(route).endsWith(`.${operation}`)) await released;
    await route.fallback();
  });
  return release;
}

function countCalls(page: Page, operation: string) {
  let calls = 0;
  page.on('request', (request) => {
    if ((request.headers()['x-amz-target'] ?? '').endsWith(`.${operation}`)) calls += 1;
  });
  return () => calls;
}

test('a user opened from a search row shows the row at once while the full record loads', async ({
  page,
}) => {
  const { username, phone } = await customerWithPhone();
  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  await quickSearch(page, username);
  await expect(userLink(page, username)).toBeVisible();

  const release = await holdOperation(page, 'AdminGetUser');
  await userLink(page, username).click();
  await expect(page.getByRole('heading', { level: 1, name: username })).toBeVisible();
  await expect(page.getByText(phone).first()).toBeVisible();
  await expect(page.getByText('Loading the full record…')).toBeAttached();
  // Acting on a row that may be 30 s old waits for the full record.
  await expect(page.getByRole('button', { name: 'Reset password', exact: true })).toHaveCount(0);

  release();
  await expect(page.getByRole('button', { name: 'Reset password', exact: true })).toBeVisible();
  await expect(page.getByText('Loading the full record…')).toHaveCount(0);
});

test('going back to a pool tab shows its cached list at once and refreshes it behind', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await openCustomerUsers(page);
  const sections = page.getByRole('navigation', { name: 'Pool sections' });
  await sections.getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('link', { name: 'premium', exact: true })).toBeVisible();
  await sections.getByRole('link', { name: 'Users' }).click();
  await expect(usersTable(page)).toBeVisible();

  // With every ListGroups call held, the Groups tab still shows the groups it listed before.
  const release = await holdOperation(page, 'ListGroups');
  await sections.getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('link', { name: 'premium', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'beta-testers', exact: true })).toBeVisible();
  release();
});

test('nearing the end of a users page loads the next one, so Next page shows it at once', async ({
  page,
}) => {
  const lists = countCalls(page, 'ListUsers');
  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  await expect(page.getByText('Showing 1–60')).toBeVisible();
  const before = lists();

  // Scrolled to the last rows of the page, the console asks for the next page once.
  await page
    .getByRole('region', { name: 'Users', exact: true })
    .evaluate((region) => region.scrollTo(0, region.scrollHeight));
  await expect.poll(lists).toBe(before + 1);

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Showing 61–120')).toBeVisible();
  await expect(usersTable(page).getByRole('link').first()).toBeVisible();
  expect(lists()).toBe(before + 1);
});
