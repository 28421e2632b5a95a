import {
  AdminCreateUserCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient, findUserWithDevices, outboxFor } from './support/idp-admin.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { ACME_POOL, openUser } from './support/user-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('an admin creates a user with an invitation, edits attributes and groups, and deletes the user', async ({
  page,
}) => {
  const username = `e2e-user-${Date.now()}`;
  const email = `${username}@example.com`;
  await signInFirstTime(page, 'admin');
  await page.goto(`/pools/${ACME_POOL}/users/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Create user' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Checked before sending: the pool's password policy and the email format.
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('email', { exact: true }).fill('not-an-email');
  await page.getByLabel('Temporary password (optional)').fill('short');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByLabel('email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/password policy needs at least/)).toBeVisible();

  await page.getByLabel('email', { exact: true }).fill(email);
  await page.getByLabel('Temporary password (optional)').fill('');
  await page.getByLabel('given_name', { exact: true }).fill('Eve');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { level: 1, name: username })).toBeVisible();
  await expect(page.getByText(/must sign in with the temporary password/)).toBeVisible();
  await expect.poll(async () => (await outboxFor(email)).length).toBeGreaterThan(0);

  // A second create with the same username lands on the username field.
  await page.goto(`/pools/${ACME_POOL}/users/new`);
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Do not send anything').check();
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByLabel('Username', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.goBack();
  await page.goto(`/pools/${ACME_POOL}/users/${username}`);
  await expect(page.getByRole('heading', { level: 1, name: username })).toBeVisible();

  // Edit: a value out of the schema's range is refused at the field, then saved.
  await page.getByRole('button', { name: 'Edit attributes' }).click();
  await page.getByLabel(/^custom:tier/).fill('x'.repeat(40));
  await page.getByLabel(/^family_name$/).fill('Example');
  await page.getByLabel(/^given_name$/).fill('');
  await page.getByRole('button', { name: 'Save attributes' }).click();
  await expect(page.getByText('At most 32 characters.')).toBeVisible();
  await page.getByLabel(/^custom:tier/).fill('silver');
  await page.getByRole('button', { name: 'Save attributes' }).click();
  await expect(page.getByText('Attributes saved.')).toBeVisible();
  await expect(page.getByRole('row', { name: /family_name/ })).toContainText('Example');
  await expect(page.getByRole('row', { name: /custom:tier/ })).toContainText('silver');
  await expect(page.getByRole('row', { name: /given_name/ })).toHaveCount(0);

  // Groups: add, then remove with a confirmation.
  await page.getByLabel('Add to group').selectOption('premium');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const groups = page.getByRole('list', { name: 'Groups of the user' });
  await expect(groups).toContainText('premium');
  await page.getByRole('button', { name: 'Remove from premium' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove from group' }).click();
  await expect(page.getByText('Not in any group')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Delete with typed confirmation, then back to the Users tab.
  await page.getByRole('button', { name: 'Delete user' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Delete user' })).toBeDisabled();
  await page.getByLabel(`Type ${username} to confirm`).fill(username);
  await dialog.getByRole('button', { name: 'Delete user' }).click();
  await expect(page).toHaveURL(new RegExp(`/pools/${ACME_POOL}/users$`));
});

test('an admin forgets a device of a seeded user', async ({ page }) => {
  const { username: owner, count } = await findUserWithDevices(ACME_POOL);

  await signInFirstTime(page, 'admin');
  await openUser(page, ACME_POOL, owner);
  const forget = page.getByRole('button', { name: /^Forget / });
  await expect(forget).toHaveCount(count);
  await page
    .getByRole('button', { name: /^Details of / })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toContainText('device_status');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await forget.first().click();
  await expect(page.getByRole('dialog')).toContainText(/asked for MFA again/);
  await page.getByRole('dialog').getByRole('button', { name: 'Forget device' }).click();
  await expect(page.getByRole('button', { name: /^Forget / })).toHaveCount(count - 1);
});

test('a required attribute cannot be removed, and HTML in values renders as text', async ({
  page,
}) => {
  const client = emulatorAdminClient();
  const created = await client.send(
    new CreateUserPoolCommand({
      PoolName: `e2e-required-${Date.now()}`,
      Schema: [{ Name: 'name', AttributeDataType: 'String', Mutable: true, Required: true }],
      DeletionProtection: 'INACTIVE',
    }),
  );
  const poolId = created.UserPool!.Id!;
  const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
  try {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: 'hostile',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'name', Value: hostile }],
      }),
    );
    await signInFirstTime(page, 'admin');
    await openUser(page, poolId, 'hostile');
    await expect(page.getByRole('row', { name: /^name/ })).toContainText(hostile);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

    await page.getByRole('button', { name: 'Edit attributes' }).click();
    const name = page.getByLabel(/^name/);
    await expect(page.getByText(/Required in this pool: it cannot be removed/)).toBeVisible();
    await name.fill('');
    await page.getByRole('button', { name: 'Save attributes' }).click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText('name is required in this pool, so it cannot be empty or removed.'),
    ).toBeVisible();
  } finally {
    await client.send(new DeleteUserPoolCommand({ UserPoolId: poolId }));
  }
});
