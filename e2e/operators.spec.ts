import { AdminGetUserCommand, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { DEMO } from '../emulator/src/config.ts';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { openPoolTab } from './support/pool-resources-page.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

const CONSOLE_POOL = SEEDED.adminPool;

test.beforeEach(async () => {
  await resetEmulator();
});

/** The generated username (a UUID) behind an email in the console's own pool. */
async function usernameOf(email: string): Promise<string> {
  const { Users = [] } = await emulatorAdminClient().send(
    new ListUsersCommand({ UserPoolId: CONSOLE_POOL.id, Filter: `email = "${email}"` }),
  );
  return Users[0]!.Username!;
}

/** From the pools list: the console's own pool, a search by email, then the user's page. */
async function openOperator(page: Page, email: string) {
  await openPoolTab(page, CONSOLE_POOL.name, 'Users');
  await page.getByRole('searchbox', { name: 'Search users' }).fill(email);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('rowheader').getByRole('link', { name: email, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: email })).toBeVisible();
}

test('support sees an operator of the console by email, and is warned before disabling them', async ({
  page,
}) => {
  const uuid = await usernameOf(DEMO.adminEmail);
  await signInFirstTime(page, 'support');
  await openOperator(page, DEMO.adminEmail);

  // Named by email everywhere, the generated username still shown beside it.
  await expect(page).toHaveURL(new RegExp(`/users/${uuid}$`));
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText(uuid);
  await expect(page.getByText(`Username ${uuid}`)).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]'),
  ).toHaveText(DEMO.adminEmail);
  const notice = page.getByRole('status').filter({ hasText: 'An operator of this console' });
  await expect(notice).toContainText(`${DEMO.adminEmail} signs in to this console`);
  await expect(notice).toContainText('as Administrator');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Disable user', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Disable ${DEMO.adminEmail}?` })).toBeVisible();
  await expect(dialog).toContainText(`${DEMO.adminEmail} is an operator of this console`);
  await expect(dialog).toContainText('may lock them out of this console');
  await expect(dialog).not.toContainText(uuid);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText('The account is enabled.')).toBeVisible();
  const admin = await emulatorAdminClient().send(
    new AdminGetUserCommand({ UserPoolId: CONSOLE_POOL.id, Username: uuid }),
  );
  expect(admin.Enabled).toBe(true);
});

test('an administrator cannot disable, delete or sign out their own account, and is told why', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await openOperator(page, DEMO.adminEmail);
  await expect(page.getByRole('status').filter({ hasText: 'This is you' })).toContainText(
    'You sign in to this console with this account, as Administrator',
  );

  for (const name of ['Disable user', 'Delete user', 'Sign out everywhere']) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(/This is your own account/);
    // Still reachable by keyboard, so the reason is read out; pressing it opens nothing.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await expect(page.getByText(/This is your own account: you cannot disable it/)).toBeVisible();
  // What does not end one's own access stays available.
  await expect(page.getByRole('button', { name: 'Reset password', exact: true })).toBeEnabled();
});
