import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { ACME_POOL, confirmAction, openUser } from './support/user-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('a support agent resets a password, disables and re-enables, and signs a user out', async ({
  page,
}) => {
  await signInFirstTime(page, 'support');
  await openUser(page, ACME_POOL, 'demo.customer');
  await expect(page.getByText('Confirmed and able to sign in.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /custom:tier/ })).toContainText('Custom');
  await expectNoSeriousA11yViolations(page);

  // Admin-only actions are not offered to support.
  for (const name of ['Set password', 'Delete user', 'Edit attributes', 'Link identity']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByLabel('Add to group')).toHaveCount(0);

  await confirmAction(page, 'Reset password', 'Reset password', /RESET_REQUIRED/);
  await expect(page.getByText(/An administrator reset the password/)).toBeVisible();

  await confirmAction(page, 'Disable user', 'Disable user', /can no longer sign in/);
  await expect(page.getByText(/The account is disabled/)).toBeVisible();
  await confirmAction(page, 'Enable user', 'Enable user');
  await expect(page.getByText('The account is enabled.')).toBeVisible();

  await confirmAction(page, 'Sign out everywhere', 'Sign out everywhere', /refresh token/);
  await expect(page.getByText('demo.customer signed out everywhere.')).toBeVisible();
});

test('a user opened by an alias shows the real username', async ({ page }) => {
  await signInFirstTime(page, 'support');
  await page.goto(`/pools/${ACME_POOL}/users/${encodeURIComponent('demo.customer@example.com')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'demo.customer' })).toBeVisible();
  await expect(page).toHaveURL(/\/users\/demo\.customer$/);
});

test('a user deleted meanwhile reads as gone from the pool, not as a sign-in failure', async ({
  page,
}) => {
  const username = `gone-${Date.now()}`;
  const idp = emulatorAdminClient();
  await idp.send(
    new AdminCreateUserCommand({
      UserPoolId: ACME_POOL,
      Username: username,
      MessageAction: 'SUPPRESS',
    }),
  );
  await signInFirstTime(page, 'support');
  await openUser(page, ACME_POOL, username);

  await idp.send(new AdminDeleteUserCommand({ UserPoolId: ACME_POOL, Username: username }));
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This user no longer exists in acme-customers.');
  await expect(alert).not.toContainText('Incorrect username or password');
  await alert.getByRole('link', { name: 'Back to the users of acme-customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
});
