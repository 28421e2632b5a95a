import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('admin lists pools, creates one, opens its overview and deletes it with typed confirmation', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await expect(page.getByRole('cell', { name: 'acme-customers' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page
    .getByRole('link', { name: 'Create user pool' })
    .or(page.getByRole('button', { name: 'Create user pool' }))
    .first()
    .click();
  await page.getByLabel('Pool name').fill('e2e-bad name!');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByLabel('Pool name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Use only letters, numbers, spaces and + = , . @ - _')).toBeVisible();
  await expect(page).toHaveURL(/\/pools\/new$/);

  await page.getByLabel('Pool name').fill('e2e-orders');
  await page.getByLabel('Deletion protection').uncheck();
  await page
    .getByRole('group', { name: 'Multi-factor authentication' })
    .getByRole('radio', { name: 'Optional' })
    .check();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'e2e-orders' })).toBeVisible();
  await expect(page.getByText(/us-east-1_[0-9a-zA-Z]+/).first()).toBeVisible();
  // MFA is switched on after create with SetUserPoolMfaConfig (software token).
  await expect(
    page.getByRole('term').filter({ hasText: /^MFA$/ }).locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('OPTIONAL');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Delete user pool' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('e2e-orders');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Delete user pool' }).click();
  await page.getByLabel('Type e2e-orders to confirm').fill('e2e-orders');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'e2e-orders' })).toBeHidden();
});

test('a protected pool explains deletion protection instead of asking for its name', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await page.getByRole('link', { name: 'cognito-console-admins' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'cognito-console-admins' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Delete user pool' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Deletion protection is on');
  await expect(dialog.getByLabel('Type cognito-console-admins to confirm')).toHaveCount(0);
  await expect(dialog.getByRole('link', { name: 'Turn off deletion protection' })).toHaveAttribute(
    'href',
    /\/settings#protection$/,
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('heading', { level: 1, name: 'cognito-console-admins' }),
  ).toBeVisible();
});

test('the support agent sees pools and overviews but cannot create or delete', async ({ page }) => {
  await signInFirstTime(page, 'support');
  await expect(page.getByRole('cell', { name: 'acme-customers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create user pool' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create user pool' })).toHaveCount(0);
  await page.getByRole('link', { name: 'acme-customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'acme-customers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete user pool' })).toHaveCount(0);
});
