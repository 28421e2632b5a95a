import { expect, test } from '@playwright/test';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import {
  createCustomer,
  customerWithPhone,
  deleteCustomer,
  getCustomer,
  openCustomerUsers,
  quickSearch,
  seededCustomerNamed,
  userLink,
  usersTable,
} from './support/users-search-page.ts';

const demo = SEEDED.customerPool.demoCustomer;

test.beforeEach(async () => {
  await resetEmulator();
});

test('support agent finds a customer by email, phone, sub and username prefix', async ({
  page,
}) => {
  const { sub } = await getCustomer(demo.username);
  const withPhone = await customerWithPhone();

  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  await expect(page.getByText('Showing 1–60')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await quickSearch(page, demo.email);
  await expect(page.getByText(`Email is ${demo.email}`, { exact: true })).toBeVisible();
  await expect(userLink(page, demo.username)).toBeVisible();
  await expect(page.getByText('Showing 1–1')).toBeVisible();

  await quickSearch(page, withPhone.phone);
  await expect(page.getByText(`Phone number is ${withPhone.phone}`, { exact: true })).toBeVisible();
  await expect(userLink(page, withPhone.username)).toBeVisible();

  await quickSearch(page, sub!.toUpperCase());
  await expect(page.getByText(`Sub (user ID) is ${sub}`, { exact: true })).toBeVisible();
  await expect(userLink(page, demo.username)).toBeVisible();
  await expect(page.getByText('Showing 1–1')).toBeVisible();

  await quickSearch(page, 'demo.cust');
  await expect(page.getByText('Username starts with demo.cust', { exact: true })).toBeVisible();
  await expect(userLink(page, demo.username)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The advanced filter: one attribute, exact or starts with, values from a list for statuses.
  await page.getByRole('button', { name: 'Advanced filter' }).click();
  await page.getByLabel('Attribute').selectOption('cognito:user_status');
  await page.getByLabel('Value').selectOption('UNCONFIRMED');
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page.getByText('Confirmation status is UNCONFIRMED', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/attr=cognito%3Auser_status/);
  await expect(usersTable(page).getByRole('cell', { name: 'UNCONFIRMED' }).first()).toBeVisible();
  await expect(usersTable(page).getByRole('cell', { name: 'CONFIRMED', exact: true })).toHaveCount(
    0,
  );

  // Each row links to its user.
  await quickSearch(page, demo.email);
  await userLink(page, demo.username).click();
  await expect(page).toHaveURL(
    new RegExp(`/pools/${SEEDED.customerPool.id}/users/${encodeURIComponent(demo.username)}$`),
  );
});

test('the search box finds people as support types them: names, and emails in any case', async ({
  page,
}) => {
  const stamp = Date.now();
  const okafor = `ao-${stamp}`;
  const otherAisha = `az-${stamp}`;
  await createCustomer(okafor, {
    email: `${okafor}@example.com`,
    given_name: 'Aisha',
    family_name: 'Okafor',
    name: 'Aisha Okafor',
  });
  await createCustomer(otherAisha, {
    email: `${otherAisha}@example.com`,
    given_name: 'Aisha',
    family_name: 'Zeddicus',
    name: 'Aisha Zeddicus',
  });
  const seededAisha = await seededCustomerNamed('Aisha');
  try {
    await signInFirstTime(page, 'support');
    await openCustomerUsers(page);
    const box = page.getByRole('searchbox', { name: 'Search users' });
    await expect(box).toBeFocused();
    await expect(page.getByText('Showing 1–60')).toBeVisible();

    // Two words in lower case: given and family name capitalised, the whole name, and the words
    // the other way round (surname first).
    await box.fill('aisha oka');
    await box.press('Enter');
    await expect(page.getByText('Searched 6 filters at once:')).toBeVisible();
    for (const ran of [
      'Given name starts with Aisha',
      'Family name starts with Oka',
      'Name starts with Aisha Oka',
      'Name starts with aisha oka',
      'Family name starts with Aisha',
      'Given name starts with Oka',
    ]) {
      await expect(page.getByText(ran, { exact: true })).toBeVisible();
    }
    await expect(userLink(page, okafor)).toBeVisible();
    await expect(userLink(page, otherAisha)).toHaveCount(0);
    await expect(box).toBeFocused();
    await expectNoSeriousA11yViolations(page);

    // One word finds both, on names and on handles.
    await box.fill('Aisha');
    await box.press('Enter');
    await expect(page.getByText('Family name starts with Aisha', { exact: true })).toBeVisible();
    await expect(page.getByText('Username starts with aisha', { exact: true })).toBeVisible();
    await expect(userLink(page, okafor)).toBeVisible();
    await expect(userLink(page, otherAisha)).toBeVisible();

    // Surname first.
    await box.fill('okafor aisha');
    await box.press('Enter');
    await expect(userLink(page, okafor)).toBeVisible();
    await expect(userLink(page, otherAisha)).toHaveCount(0);

    // An email typed in capitals finds the user whose email is stored in lower case.
    const shouted = seededAisha.email.toUpperCase();
    await box.fill(shouted);
    await box.press('Enter');
    await expect(page.getByText(`Email is ${shouted}`, { exact: true })).toBeVisible();
    await expect(page.getByText(`Email is ${seededAisha.email}`, { exact: true })).toBeVisible();
    await expect(userLink(page, seededAisha.username)).toBeVisible();
    await expect(page.getByText('1 user found')).toBeVisible();

    // Escape clears the box and the search.
    await box.press('Escape');
    await expect(box).toHaveValue('');
    await expect(page.getByText('Showing 1–60')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  } finally {
    await deleteCustomer(okafor);
    await deleteCustomer(otherAisha);
  }
});

test('deep search warns of an attribute the pool does not have before scanning', async ({
  page,
}) => {
  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  await page.getByRole('link', { name: 'Deep search' }).click();
  let scans = 0;
  page.on('request', (request) => {
    if ((request.headers()['x-amz-target'] ?? '').endsWith('.ListUsers')) scans += 1;
  });

  await page.getByLabel('Attribute 1').fill('custom:teir');
  await page.getByLabel('Value 1').fill('gold');
  await page.getByRole('button', { name: 'Start deep search' }).click();
  await expect(
    page.getByText(
      'custom:teir is not an attribute of this pool, so no user can match. Did you mean custom:tier? Start again to search anyway.',
    ),
  ).toBeVisible();
  await expect(page.getByLabel('Attribute 1')).toBeFocused();
  await expect(page.getByTestId('deep-search-progress')).toHaveCount(0);
  expect(scans).toBe(0);

  // Fixed, it scans.
  await page.getByLabel('Attribute 1').fill('custom:tier');
  await page.getByRole('button', { name: 'Start deep search' }).click();
  await expect(page.getByText('Finished.', { exact: true })).toBeVisible();
  await expect(usersTable(page).getByRole('cell', { name: 'gold' }).first()).toBeVisible();
  expect(scans).toBeGreaterThan(0);
});

test('a shared deep-search link naming an attribute the pool lacks warns instead of scanning', async ({
  page,
}) => {
  await signInFirstTime(page, 'support');
  let scans = 0;
  page.on('request', (request) => {
    if ((request.headers()['x-amz-target'] ?? '').endsWith('.ListUsers')) scans += 1;
  });
  const link = new URLSearchParams({ view: 'deep', cond: 'custom:teir|equals|gold' });
  await page.goto(`/pools/${SEEDED.customerPool.id}/users?${link}`);
  await expect(
    page
      .getByRole('alert')
      .getByText(
        'custom:teir is not an attribute of this pool, so no user can match. Did you mean custom:tier? Nothing was scanned.',
      ),
  ).toBeVisible();
  await expect(page.getByTestId('deep-search-progress')).toHaveCount(0);
  expect(scans).toBe(0);

  await page.getByRole('button', { name: 'Search anyway' }).click();
  await expect(page.getByText('Finished.', { exact: true })).toBeVisible();
  await expect(page.getByText('No user matched')).toBeVisible();
  expect(scans).toBeGreaterThan(0);
});

test('pages forward and back, and a shared search link reopens the same search', async ({
  page,
}) => {
  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  await expect(page.getByText('Showing 1–60')).toBeVisible();
  const firstRow = usersTable(page).getByRole('rowheader').first();
  const firstOnPage1 = await firstRow.textContent();

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Showing 61–120')).toBeVisible();
  await expect(firstRow).not.toHaveText(firstOnPage1!);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Showing 121–180')).toBeVisible();
  await page.getByRole('button', { name: 'Previous page' }).click();
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText('Showing 1–60')).toBeVisible();
  await expect(firstRow).toHaveText(firstOnPage1!);
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();

  await quickSearch(page, demo.email);
  await expect(userLink(page, demo.username)).toBeVisible();
  const shared = page.url();
  expect(new URL(shared).searchParams.get('q')).toBe(demo.email);

  await page.goto('/pools');
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
  await page.goto(shared);
  await expect(page.getByRole('searchbox', { name: 'Search users' })).toHaveValue(demo.email);
  await expect(page.getByText(`Email is ${demo.email}`, { exact: true })).toBeVisible();
  await expect(userLink(page, demo.username)).toBeVisible();
});

test('deep search by a custom attribute streams progress, can be stopped and reopens from its link', async ({
  page,
}) => {
  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  await page.getByRole('link', { name: 'Deep search' }).click();

  // Slow ListUsers down so the scan of 500 users lasts long enough to stop it.
  await page.route('**/*', async (route) => {
    const target = route.request().headers()['x-amz-target'] ?? '';
    if (target.endsWith('.ListUsers')) await new Promise((r) => setTimeout(r, 400));
    await route.fallback();
  });

  await page.getByLabel('Attribute 1').fill('custom:tier');
  await page.getByLabel('Operator 1').selectOption('equals');
  await page.getByLabel('Value 1').fill('gold');
  await page.getByRole('button', { name: 'Start deep search' }).click();

  const progress = page.getByTestId('deep-search-progress');
  await expect(progress).toHaveText(/Scanned [1-9][\d,]* users · [1-9]\d* match/);
  await expect(page.getByRole('status').filter({ hasText: 'Deep search' })).toBeAttached();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText('Stopped.', { exact: true })).toBeVisible();
  const stoppedAt = await progress.textContent();
  expect(stoppedAt).not.toMatch(/Scanned 50\d users/);
  await page.waitForTimeout(1000); // eslint-disable-line playwright/no-wait-for-timeout -- proving nothing moves
  await expect(progress).toHaveText(stoppedAt!);
  // What was found stays, each row a link to the user, showing the tested attribute.
  await expect(usersTable(page).getByRole('columnheader', { name: 'custom:tier' })).toBeVisible();
  await expect(usersTable(page).getByRole('cell', { name: 'gold' }).first()).toBeVisible();
  await expect(usersTable(page).getByRole('rowheader').first().getByRole('link')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.unroute('**/*');
  const shared = page.url();
  expect(new URL(shared).searchParams.getAll('cond')).toEqual(['custom:tier|equals|gold']);
  await page.goto('/pools');
  await page.goto(shared);
  await expect(page.getByLabel('Attribute 1')).toHaveValue('custom:tier');
  await expect(page.getByLabel('Value 1')).toHaveValue('gold');
  await expect(page.getByText('Finished.', { exact: true })).toBeVisible();
  await expect(progress).toHaveText(/^Scanned 50\d users · \d+ matches$/);
  const rows = usersTable(page).getByRole('row');
  await expect(rows.first()).toBeVisible();
  await expect(
    usersTable(page).getByRole('cell', { name: /^(free|silver|platinum)$/ }),
  ).toHaveCount(0);
});

test('attribute values holding HTML or script render as plain text', async ({ page }) => {
  const username = `xss-${Date.now()}`;
  const payload = '<img src=x onerror="window.__injected=1"><script>window.__injected=2</script>';
  await createCustomer(username, {
    email: `${username}@example.com`,
    name: payload,
    'custom:tier': '<b>bold</b>',
  });
  try {
    await signInFirstTime(page, 'support');
    await openCustomerUsers(page);
    await quickSearch(page, 'xss-');
    await expect(userLink(page, username)).toBeVisible();

    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'name', exact: true }).check();
    await page.getByRole('checkbox', { name: 'custom:tier', exact: true }).check();
    await expect(usersTable(page).getByRole('cell', { name: payload, exact: true })).toBeVisible();
    await expect(usersTable(page).getByRole('cell', { name: '<b>bold</b>' })).toBeVisible();

    // Deep search for it too: the streamed results are text as well.
    await page.getByRole('link', { name: 'Deep search' }).click();
    await page.getByLabel('Attribute 1').fill('name');
    await page.getByLabel('Value 1').fill('<script>');
    await page.getByRole('button', { name: 'Start deep search' }).click();
    await expect(page.getByText('Finished.', { exact: true })).toBeVisible();
    await expect(usersTable(page).getByRole('cell', { name: payload, exact: true })).toBeVisible();

    await expect(page.locator('main img, main script, main b')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as { __injected?: number }).__injected),
    ).toBeUndefined();
  } finally {
    await deleteCustomer(username);
  }
});
