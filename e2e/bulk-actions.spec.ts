import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { DEMO } from '../emulator/src/config.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator, setPoolFaults } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import {
  adminClient,
  customerPoolId,
  openCustomerUsers,
  quickSearch,
} from './support/users-search-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

/** `count` customers named `<prefix>-000`, `<prefix>-001`, …, created through the API. */
async function createCustomers(prefix: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);
  const client = adminClient();
  for (let i = 0; i < names.length; i += 25) {
    await Promise.all(
      names.slice(i, i + 25).map((Username) =>
        client.send(
          new AdminCreateUserCommand({
            UserPoolId: customerPoolId,
            Username,
            MessageAction: 'SUPPRESS',
            UserAttributes: [{ Name: 'email', Value: `${Username}@example.com` }],
          }),
        ),
      ),
    );
  }
  return names;
}

async function getUser(username: string) {
  try {
    return await adminClient().send(
      new AdminGetUserCommand({ UserPoolId: customerPoolId, Username: username }),
    );
  } catch (error) {
    if (error instanceof UserNotFoundException) return undefined;
    throw error;
  }
}

const bulkToolbar = (page: Page) => page.getByRole('region', { name: 'Bulk actions' });
const actionButtons = (page: Page) =>
  page.getByRole('group', { name: 'Act on the selected users' }).getByRole('button');
const runPanel = (page: Page) => page.getByRole('region', { name: /users$/ });

/** Whether the page asks before it is closed or reloaded (a cancelled beforeunload). */
const warnsBeforeUnload = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

/** Every AdminDisableUser call the page makes: its username and the status of the answer. */
function recordDisableCalls(page: Page) {
  const calls: { username: string; status: number }[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.headers()['x-amz-target'] !== 'AWSCognitoIdentityProviderService.AdminDisableUser')
      return;
    const { Username } = JSON.parse(request.postData() ?? '{}') as { Username: string };
    calls.push({ username: Username, status: response.status() });
  });
  return calls;
}

test('a bulk disable of 200 users under throttling and 5xx faults disables each once; the failed ones are retried from the results', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const prefix = `bulk-${Date.now()}`;
  const names = await createCustomers(prefix, 200);

  await signInFirstTime(page, 'admin');
  await openCustomerUsers(page);
  await quickSearch(page, prefix);
  await expect(page.getByRole('checkbox', { name: `Select ${names[0]}` })).toBeVisible();

  await bulkToolbar(page)
    .getByRole('button', { name: 'Select all users that match this search' })
    .click();
  await expect(bulkToolbar(page).getByText(/^All 200 users .* are selected$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const calls = recordDisableCalls(page);
  await setPoolFaults(customerPoolId, 'throttle:0.2,error:0.05');
  await actionButtons(page).filter({ hasText: 'Disable' }).click();
  const dialog = page.getByRole('dialog', { name: 'Disable: 200 users?' });
  await expect(dialog).toContainText('Calls are paced at 24.5 a second');
  await dialog.getByRole('button', { name: 'Disable 200 users' }).click();

  const panel = runPanel(page);
  await expect(panel.getByRole('button', { name: 'Stop' })).toBeVisible();
  // While it runs, closing or reloading the tab asks first; once finished, it does not.
  expect(await warnsBeforeUnload(page)).toBe(true);
  await expect(panel.getByText(/^Finished\./)).toBeVisible({ timeout: 180_000 });
  expect(await warnsBeforeUnload(page)).toBe(false);

  // Retry failed, from the result table, until none fail.
  let retries = 0;
  const retry = panel.getByRole('button', { name: /^Retry failed/ });
  while (await retry.isVisible()) {
    const failedRows = panel.getByRole('row').filter({ hasText: 'InternalErrorException' });
    await expect(failedRows.first()).toBeVisible();
    await retry.click();
    retries++;
    await expect(panel.getByText(/^Finished\./)).toBeVisible({ timeout: 60_000 });
    expect(retries).toBeLessThan(10);
  }
  await setPoolFaults(customerPoolId, '');
  expect(retries).toBeGreaterThan(0);
  await expect(panel.getByText('Finished. 200 done, 0 failed.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The faults were there: throttled (400) and failed (500) calls, each retried.
  expect(calls.some((c) => c.status === 400)).toBe(true);
  expect(calls.some((c) => c.status === 500)).toBe(true);
  // None acted on twice: each user got exactly one answered (200) AdminDisableUser.
  const answered = calls.filter((c) => c.status === 200).map((c) => c.username);
  expect(answered).toHaveLength(200);
  expect(new Set(answered).size).toBe(200);
  expect(calls.every((c) => c.username.startsWith(prefix))).toBe(true);

  // And every one of them is disabled, as the emulator has it.
  const users = await Promise.all(names.map(getUser));
  expect(users.filter((u) => u?.Enabled === false)).toHaveLength(200);
});

test('support sees only its four bulk actions', async ({ page }) => {
  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
  await expect(bulkToolbar(page).getByText('60 selected')).toBeVisible();
  await expect(actionButtons(page)).toHaveText([
    'Enable',
    'Disable',
    'Reset password',
    'Sign out everywhere',
  ]);
  await expectNoSeriousA11yViolations(page);
});

test('a bulk delete needs the count typed; Cancel destroys nothing, confirming deletes them', async ({
  page,
}) => {
  const prefix = `bulkdel-${Date.now()}`;
  const names = await createCustomers(prefix, 3);

  await signInFirstTime(page, 'admin');
  await openCustomerUsers(page);
  await quickSearch(page, prefix);
  await expect(page.getByRole('checkbox', { name: `Select ${names[2]}` })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
  await expect(bulkToolbar(page).getByText('3 selected')).toBeVisible();

  await actionButtons(page).filter({ hasText: 'Delete' }).click();
  let dialog = page.getByRole('dialog', { name: 'Delete: 3 users?' });
  await expect(dialog).toContainText('permanently deletes each user');
  const confirm = dialog.getByRole('button', { name: 'Delete 3 users' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type 3 to delete 3 users').fill('2');
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  for (const name of names) expect(await getUser(name)).toBeDefined();
  await expect(bulkToolbar(page).getByText('3 selected')).toBeVisible();

  await actionButtons(page).filter({ hasText: 'Delete' }).click();
  dialog = page.getByRole('dialog', { name: 'Delete: 3 users?' });
  await dialog.getByLabel('Type 3 to delete 3 users').fill('3');
  await dialog.getByRole('button', { name: 'Delete 3 users' }).click();
  await expect(runPanel(page).getByText('Finished. 3 done, 0 failed.')).toBeVisible();
  for (const name of names) expect(await getUser(name)).toBeUndefined();
});

test('a bulk sign-out in the console’s own pool skips the signed-in operator, with the reason', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await page.goto(`/pools/${DEMO.adminPoolId}/users`);
  await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
  await actionButtons(page).filter({ hasText: 'Sign out everywhere' }).click();
  const dialog = page.getByRole('dialog', { name: /^Sign out everywhere: \d+ users\?$/ });
  await expect(dialog).toContainText('Your own account is among them: it is skipped');
  await dialog.getByRole('button', { name: /^Sign out everywhere \d+ users$/ }).click();

  const panel = runPanel(page);
  await expect(panel.getByText(/^Finished\. \d+ done, 0 failed, 1 skipped\.$/)).toBeVisible();
  await expect(
    panel.getByRole('row').filter({ hasText: 'Skipped: this is your own account.' }),
  ).toHaveCount(1);
  // Still signed in: the pool's users still list.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('checkbox', { name: 'Select all users on this page' })).toBeVisible();
});
