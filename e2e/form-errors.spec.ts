import { expect, test } from '@playwright/test';
import { resetEmulator } from './support/emulator.ts';
import { openPoolTab } from './support/pool-resources-page.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

// A refusal from Cognito is shown above the form until the user edits the field it was about.

test.beforeEach(async () => {
  await resetEmulator();
});

test("a taken resource-server identifier's error goes once the identifier is edited", async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, 'acme-customers', 'Resource servers');
  await page.getByRole('link', { name: 'Create resource server' }).first().click();
  const identifier = page.getByLabel('Identifier', { exact: true });
  await identifier.fill('https://api.acme.example.com');
  await page.getByLabel('Name', { exact: true }).fill('Second acme API');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'already exists' });
  await expect(refusal).toBeVisible();

  // Editing another field keeps the refusal: it is about the identifier.
  await page.getByLabel('Name', { exact: true }).fill('Another acme API');
  await expect(refusal).toBeVisible();
  await identifier.fill('https://api2.acme.example.com');
  await expect(refusal).toHaveCount(0);

  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Another acme API' })).toBeVisible();
});

test("a taken domain prefix's error goes once the prefix is edited", async ({ page }) => {
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, 'acme-staff', 'Domain');
  await expect(page.getByText('No domain', { exact: true })).toBeVisible();
  const prefix = page.getByLabel('Domain prefix');
  await prefix.fill('acme-customers-demo');
  await page.getByRole('button', { name: 'Create domain' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'already associated' });
  await expect(refusal).toBeVisible();

  await prefix.fill(`acme-staff-e2e-${Date.now()}`);
  await expect(refusal).toHaveCount(0);
  await page.getByRole('button', { name: 'Create domain' }).click();
  await expect(page.getByRole('heading', { name: 'Cognito domain' })).toBeVisible();
});
