import { CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { expect, test } from '@playwright/test';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('the pools of another region page 60 at a time, forward and back', async ({ page }) => {
  // eu-west-1 holds the seeded partners-eu; 60 more make two pages.
  const client = emulatorAdminClient('eu-west-1');
  for (let i = 0; i < 60; i++) {
    await client.send(
      new CreateUserPoolCommand({ PoolName: `e2e-paging-${String(i).padStart(2, '0')}` }),
    );
  }

  await signInFirstTime(page, 'support');
  await expect(page.getByRole('cell', { name: 'acme-customers' })).toBeVisible();
  await page.getByLabel('Region').selectOption('eu-west-1');
  await expect(page.getByText('Showing 1–60')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'acme-customers' })).toHaveCount(0);
  await expect(page.getByRole('row')).toHaveCount(61); // header + 60

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Showing 61–61')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText('Showing 1–60')).toBeVisible();
});
