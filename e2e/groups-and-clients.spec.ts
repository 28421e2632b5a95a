import { expect, test, type Page } from '@playwright/test';
import { recordAwsAnswers } from './support/aws-answers.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

async function openPoolTab(page: Page, tab: 'Groups' | 'App clients') {
  await page.getByRole('link', { name: 'acme-customers' }).click();
  await page
    .getByRole('navigation', { name: 'Pool sections' })
    .getByRole('link', { name: tab })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: tab })).toBeVisible();
}

/** Counts the Cognito operations the page sends, by X-Amz-Target. */
function recordOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (target) operations.push(target.split('.').pop() ?? target);
  });
  return operations;
}

test('admin creates, edits and deletes a group and manages its members', async ({ page }) => {
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, 'Groups');
  await expect(page.getByRole('link', { name: 'premium' })).toBeVisible();

  await page.getByRole('button', { name: 'Create group' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Group name').fill('e2e-vip');
  await dialog.getByLabel('Description').fill('Very important');
  await dialog.getByLabel('Precedence').fill('3');
  await dialog.getByLabel('IAM role ARN').fill('not-an-arn');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog.getByLabel('IAM role ARN')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('IAM role ARN').fill('arn:aws:iam::123456789012:role/e2e-vip');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'e2e-vip' })).toBeVisible();
  await expect(page.getByText('Very important')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Edit group' }).click();
  await page.getByRole('dialog').getByLabel('Description').fill('Edited description');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('Edited description')).toBeVisible();
  await expect(page.getByText('arn:aws:iam::123456789012:role/e2e-vip')).toBeVisible();
  await expect(page.getByText('No members yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add users' }).click();
  await page.getByRole('dialog').getByLabel('Search users').fill('demo.customer');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Add demo.customer to e2e-vip' })
    .click();
  await expect(page.getByRole('dialog').getByText('Added')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('cell', { name: 'demo.customer', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Remove demo.customer from group' }).click();
  await expect(page.getByRole('dialog')).toContainText('demo.customer');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove from group' }).click();
  await expect(page.getByText('No members yet')).toBeVisible();

  await page.getByRole('button', { name: 'Delete group' }).click();
  await expect(page.getByRole('dialog')).toContainText('e2e-vip');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'e2e-vip' })).toHaveCount(0);
});

test('admin creates, edits and deletes an app client; a bad callback URL is refused at the field', async ({
  page,
}) => {
  const operations = recordOperations(page);
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, 'App clients');
  await page.getByRole('link', { name: 'Create app client' }).click();
  await page.getByLabel('App client name').fill('e2e-web');
  await page.getByRole('button', { name: 'Add callback url' }).click();
  await page.getByLabel('Callback URL 1', { exact: true }).fill('http://example.com/cb');
  await page.getByRole('button', { name: 'Create app client' }).click();
  await expect(page.getByLabel('Callback URL 1', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByText('Use https://')).toBeVisible();
  await expect(page).toHaveURL(/\/clients\/new$/);
  expect(operations).not.toContain('CreateUserPoolClient');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Callback URL 1', { exact: true }).fill('https://app.example.com/cb');
  await page.getByLabel('Allow OAuth 2.0 flows').check();
  await page.getByLabel('Authorization code grant').check();
  await page.getByLabel('openid', { exact: true }).check();
  await page.getByLabel('Generate a client secret').check();
  await page.getByRole('button', { name: 'Create app client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'e2e-web' })).toBeVisible();
  // The new secret is shown once, revealed, with a reminder to store it.
  await expect(page.getByRole('status').filter({ hasText: 'Copy this secret now' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide secret' })).toBeVisible();
  await expect(page.getByLabel('Callback URL 1', { exact: true })).toHaveValue(
    'https://app.example.com/cb',
  );

  await page.getByLabel('Access token validity', { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('App client e2e-web saved.')).toBeVisible();
  await expect(page.getByLabel('Access token validity', { exact: true })).toHaveValue('30');
  await expect(page.getByLabel('Callback URL 1', { exact: true })).toHaveValue(
    'https://app.example.com/cb',
  );
  await expect(page.getByLabel('openid', { exact: true })).toBeChecked();

  // Coming back later, the secret is masked until revealed.
  await page
    .getByRole('navigation', { name: 'Pool sections' })
    .getByRole('link', { name: 'App clients' })
    .click();
  await page.getByRole('link', { name: 'e2e-web' }).click();
  await expect(page.getByText('Copy this secret now')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal secret' }).click();
  await expect(page.getByRole('button', { name: 'Hide secret' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete app client' }).click();
  await expect(page.getByRole('dialog')).toContainText('e2e-web');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete app client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'App clients' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'e2e-web' })).toHaveCount(0);
});

test('the support agent sees groups read-only, and no app clients, whose answers carry secrets', async ({
  page,
}) => {
  const answers = recordAwsAnswers(page);
  await signInFirstTime(page, 'support');
  await openPoolTab(page, 'Groups');
  await expect(page.getByRole('button', { name: 'Create group' })).toHaveCount(0);
  await page.getByRole('link', { name: 'premium' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'premium' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  for (const name of ['Edit group', 'Delete group', 'Add users']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);

  // The support policy has no app-client action: the console offers no tab and refuses the URL
  // with its own page, without asking Cognito.
  const sections = page.getByRole('navigation', { name: 'Pool sections' });
  await expect(sections.getByRole('link', { name: 'Groups' })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'App clients' })).toHaveCount(0);
  const poolId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
  await page.goto(`/pools/${encodeURIComponent(poolId)}/clients`);
  await expect(page.getByRole('alert')).toContainText('This page is not for your role');
  await expect(page.getByRole('alert')).toContainText('It needs the Administrator role.');
  await expect(page.getByRole('link', { name: 'acme-backend' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create app client' })).toHaveCount(0);
  expect(await answers.refused()).toEqual([]);
  expect(await answers.operations()).not.toContain('ListUserPoolClients');
  expect(await answers.bodies()).not.toContain('ClientSecret');
  await expectNoSeriousA11yViolations(page);
});
