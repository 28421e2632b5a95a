import { expect, test } from '@playwright/test';
import { recordAwsAnswers } from './support/aws-answers.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { openPoolTab, recordAwsOperations } from './support/pool-resources-page.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('admin creates, edits and deletes a resource server; a duplicate scope is refused at the field', async ({
  page,
}) => {
  const operations = recordAwsOperations(page);
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, 'acme-staff', 'Resource servers');
  await expect(page.getByText('No resource servers')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Create resource server' }).first().click();
  await page.getByLabel('Identifier', { exact: true }).fill('https://api.staff.example.com');
  await page.getByLabel('Name', { exact: true }).fill('Staff API');
  await page.getByRole('button', { name: 'Add scope' }).click();
  await page.getByLabel('Scope 1 name').fill('read');
  await page.getByLabel('Scope 1 description').fill('Read things');
  await page.getByRole('button', { name: 'Add scope' }).click();
  await page.getByLabel('Scope 2 name').fill('read');
  await page.getByLabel('Scope 2 description').fill('Again');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByLabel('Scope 2 name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Scope read is already listed.')).toBeVisible();
  expect(operations).not.toContain('CreateResourceServer');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Scope 2 name').fill('write');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff API' })).toBeVisible();
  await expect(page).toHaveURL(/resource-servers\/https%3A%2F%2Fapi\.staff\.example\.com$/);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Name', { exact: true }).fill('Staff API v2');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff API v2' })).toBeVisible();
  // The rename sent the whole scope list: both scopes are still there.
  await expect(page.getByLabel('Scope 1 name')).toHaveValue('read');
  await expect(page.getByLabel('Scope 2 name')).toHaveValue('write');

  await page.getByRole('button', { name: 'Delete resource server' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('https://api.staff.example.com');
  await dialog
    .getByLabel('Type https://api.staff.example.com to confirm')
    .fill('https://api.staff.example.com');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No resource servers')).toBeVisible();
});

test('admin adds, edits, looks up and deletes an OIDC provider; a social provider with a wrong name is refused', async ({
  page,
}) => {
  const operations = recordAwsOperations(page);
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, 'acme-staff', 'Sign-in providers');
  await expect(page.getByText('No sign-in providers')).toBeVisible();
  await page.getByRole('link', { name: 'Add sign-in provider' }).first().click();

  await page.getByRole('radio', { name: 'Google' }).check();
  await expect(page.getByLabel('Provider name')).toHaveValue('Google');
  await page.getByLabel('Provider name').fill('MyGoogle');
  await page.getByLabel('Client ID', { exact: true }).fill('g-id');
  await page.getByLabel('Client secret', { exact: true }).fill('g-secret');
  await page.getByLabel('Authorized scopes').fill('openid email');
  await page.getByRole('button', { name: 'Add provider' }).click();
  await expect(page.getByLabel('Provider name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('A Google provider must be named Google.')).toBeVisible();
  expect(operations).not.toContain('CreateIdentityProvider');

  await page.getByRole('radio', { name: 'OpenID Connect (OIDC)' }).check();
  await page.getByLabel('Provider name').fill('StaffOIDC');
  await page.getByLabel('Client ID', { exact: true }).fill('staff-client');
  await page.getByLabel('Client secret', { exact: true }).fill('staff-secret');
  await page.getByLabel('Authorized scopes').fill('openid email');
  await page.getByLabel('Attributes request method').selectOption('POST');
  await page.getByLabel('Issuer URL').fill('https://login.staff.example');
  await page.getByRole('button', { name: 'Add mapping' }).click();
  await page.getByLabel('Pool attribute 1').selectOption('email');
  await page.getByLabel('Identity provider claim 1').fill('mail');
  await page.getByRole('button', { name: 'Add identifier' }).click();
  await page.getByLabel('Identifier 1', { exact: true }).fill('staff.example');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Add provider' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'StaffOIDC' })).toBeVisible();
  const secret = page.getByLabel('Client secret', { exact: true });
  await expect(secret).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show Client secret' }).click();
  await expect(secret).toHaveAttribute('type', 'text');
  await expect(secret).toHaveValue('staff-secret');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Authorized scopes').fill('openid email profile');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Sign-in provider StaffOIDC saved.')).toBeVisible();
  await expect(page.getByLabel('Authorized scopes')).toHaveValue('openid email profile');
  await expect(page.getByLabel('Identity provider claim 1')).toHaveValue('mail');
  await expect(page.getByLabel('Identifier 1', { exact: true })).toHaveValue('staff.example');
  await expect(page.getByLabel('Attributes request method')).toHaveValue('POST');

  await page.getByRole('link', { name: 'Sign-in providers' }).first().click();
  await page.getByLabel('Find provider by identifier').fill('staff.example');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText(/signs in with/)).toContainText('StaffOIDC');
  await page.getByLabel('Find provider by identifier').fill('nobody.example');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText('No provider has the identifier nobody.example.')).toBeVisible();

  await page.getByRole('link', { name: 'StaffOIDC' }).first().click();
  await page.getByRole('button', { name: 'Delete provider' }).click();
  await page.getByLabel('Type StaffOIDC to confirm').fill('StaffOIDC');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No sign-in providers')).toBeVisible();
});

test('admin creates and deletes a prefix domain; a reserved word is refused as they type', async ({
  page,
}) => {
  const operations = recordAwsOperations(page);
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, 'acme-staff', 'Domain');
  await expect(page.getByText('No domain', { exact: true })).toBeVisible();

  const prefix = page.getByLabel('Domain prefix');
  await prefix.fill('staff-aws-login');
  await expect(prefix).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The prefix cannot contain the reserved word “aws”.')).toBeVisible();
  await page.getByRole('button', { name: 'Create domain' }).click();
  expect(operations).not.toContain('CreateUserPoolDomain');

  await prefix.fill('acme-staff-login');
  await expect(
    page.getByText('https://acme-staff-login.auth.us-east-1.amazoncognito.com'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Create domain' }).click();
  await expect(page.getByRole('heading', { name: 'Cognito domain' })).toBeVisible();
  await expect(page.getByText('ACTIVE')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hosted UI sign-in URLs' })).toBeVisible();
  await expect(page.getByText('staff-portal')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Delete domain' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('acme-staff-login');
  await dialog.getByLabel('Type acme-staff-login to confirm').fill('acme-staff-login');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No domain', { exact: true })).toBeVisible();
});

test('the support agent is offered no resource servers, providers or domain, as its policy says', async ({
  page,
}) => {
  const answers = recordAwsAnswers(page);
  await signInFirstTime(page, 'support');
  await openPoolTab(page, 'acme-customers', 'Users');
  const sections = page.getByRole('navigation', { name: 'Pool sections' });
  for (const tab of ['App clients', 'Resource servers', 'Sign-in providers', 'Domain']) {
    await expect(sections.getByRole('link', { name: tab })).toHaveCount(0);
  }
  // Pool configuration is the administrator's: the console refuses the URLs with its own page,
  // without asking Cognito.
  const poolId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
  for (const section of ['resource-servers', 'identity-providers', 'domain']) {
    await page.goto(`/pools/${encodeURIComponent(poolId)}/${section}`);
    await expect(page.getByRole('alert')).toContainText('This page is not for your role');
    await expect(page.getByRole('alert')).toContainText('It needs the Administrator role.');
  }
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByRole('link', { name: 'acme API' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'PartnerOIDC' })).toHaveCount(0);
  await expect(page.getByText('acme-customers-demo', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create domain' })).toHaveCount(0);
  expect(await answers.refused()).toEqual([]);
  const called = await answers.operations();
  for (const operation of [
    'ListResourceServers',
    'ListIdentityProviders',
    'DescribeUserPoolDomain',
    'ListUserPoolClients',
  ]) {
    expect(called).not.toContain(operation);
  }
  expect(await answers.bodies()).not.toMatch(/client_secret|ClientSecret/);
});
