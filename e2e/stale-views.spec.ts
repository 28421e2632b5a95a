import { CreateGroupCommand, DeleteGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { openPoolTab } from './support/pool-resources-page.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { quickSearch, userLink } from './support/users-search-page.ts';

// Each journey reads a view, changes its data from another page, then comes back within the
// 30 s the console treats data as fresh, always inside the app (no reload): the view must show
// the change, because the mutation invalidated it.

const CUSTOMER = 'demo.customer';

test.beforeEach(async () => {
  await resetEmulator();
});

function poolTab(page: Page, tab: string) {
  return page.getByRole('navigation', { name: 'Pool sections' }).getByRole('link', { name: tab });
}

async function withGroup(run: (group: string) => Promise<void>) {
  const group = `e2e-stale-${Date.now()}`;
  const client = emulatorAdminClient();
  await client.send(
    new CreateGroupCommand({ UserPoolId: 'us-east-1_AcmeCust1', GroupName: group }),
  );
  try {
    await run(group);
  } finally {
    await client.send(
      new DeleteGroupCommand({ UserPoolId: 'us-east-1_AcmeCust1', GroupName: group }),
    );
  }
}

async function openCustomerFromUsersTab(page: Page) {
  await poolTab(page, 'Users').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await quickSearch(page, CUSTOMER);
  await userLink(page, CUSTOMER).click();
  await expect(page.getByRole('heading', { level: 1, name: CUSTOMER })).toBeVisible();
}

async function openGroupFromGroupsTab(page: Page, group: string) {
  await poolTab(page, 'Groups').click();
  await page.getByRole('link', { name: group, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: group })).toBeVisible();
}

test('a scope created on the Resource servers tab is offered by an app client form opened right after', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, 'acme-customers', 'App clients');
  await page.getByRole('link', { name: 'Create app client' }).click();
  await expect(page.getByRole('group', { name: 'OAuth scopes' })).toBeVisible();
  await expect(page.getByLabel('https://api.e2e.example.com/reports.read')).toHaveCount(0);

  await poolTab(page, 'Resource servers').click();
  await page.getByRole('link', { name: 'Create resource server' }).first().click();
  await page.getByLabel('Identifier', { exact: true }).fill('https://api.e2e.example.com');
  await page.getByLabel('Name', { exact: true }).fill('E2E reports API');
  await page.getByRole('button', { name: 'Add scope' }).click();
  await page.getByLabel('Scope 1 name').fill('reports.read');
  await page.getByLabel('Scope 1 description').fill('Read reports');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E reports API' })).toBeVisible();

  await poolTab(page, 'App clients').click();
  await page.getByRole('link', { name: 'Create app client' }).click();
  await expect(page.getByLabel('https://api.e2e.example.com/reports.read')).toBeVisible();
});

test('a member added on the group page shows among the groups of the user page', async ({
  page,
}) => {
  await withGroup(async (group) => {
    await signInFirstTime(page, 'admin');
    await openPoolTab(page, 'acme-customers', 'Users');
    await quickSearch(page, CUSTOMER);
    await userLink(page, CUSTOMER).click();
    await expect(page.getByRole('heading', { name: 'Groups' })).toBeVisible();
    await expect(page.getByLabel('Add to group')).toBeEnabled();
    await expect(
      page.getByRole('list', { name: 'Groups of the user' }).getByText(group),
    ).toHaveCount(0);

    await openGroupFromGroupsTab(page, group);
    await page.getByRole('button', { name: 'Add users' }).click();
    await page.getByRole('dialog').getByLabel('Search users').fill(CUSTOMER);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: `Add ${CUSTOMER} to ${group}` })
      .click();
    await expect(page.getByRole('dialog').getByText('Added')).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('cell', { name: CUSTOMER, exact: true })).toBeVisible();

    await openCustomerFromUsersTab(page);
    await expect(
      page.getByRole('list', { name: 'Groups of the user' }).getByText(group, { exact: true }),
    ).toBeVisible();
  });
});

test('a group joined from the user page lists the user among its members', async ({ page }) => {
  await withGroup(async (group) => {
    await signInFirstTime(page, 'admin');
    await openPoolTab(page, 'acme-customers', 'Groups');
    await page.getByRole('link', { name: group, exact: true }).click();
    await expect(page.getByText('No members yet')).toBeVisible();

    await openCustomerFromUsersTab(page);
    await page.getByLabel('Add to group').selectOption(group);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      page.getByRole('list', { name: 'Groups of the user' }).getByText(group, { exact: true }),
    ).toBeVisible();

    await openGroupFromGroupsTab(page, group);
    await expect(page.getByRole('cell', { name: CUSTOMER, exact: true })).toBeVisible();
    await expect(page.getByText('No members yet')).toHaveCount(0);
  });
});
