import { expect, test, type Page } from '@playwright/test';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { resetEmulator } from './support/emulator.ts';
import { openPoolTab } from './support/pool-resources-page.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

// Pages of a pool link to the resources they name: read-only journeys over the demo seed.

const POOL = SEEDED.customerPool;

test.beforeEach(async () => {
  await resetEmulator();
});

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

test('a group member links to the user, and the user links back to the group', async ({ page }) => {
  await signInFirstTime(page, 'support');
  await openPoolTab(page, POOL.name, 'Groups');
  await page.getByRole('link', { name: 'admins', exact: true }).click();
  await expect(heading(page, 'admins')).toBeVisible();

  const members = page.getByRole('table', { name: 'Members' });
  const member = members.getByRole('link').first();
  const username = (await member.textContent())!.trim();
  await member.click();
  await expect(heading(page, username)).toBeVisible();

  await page
    .getByRole('list', { name: 'Groups of the user' })
    .getByRole('link', { name: 'admins', exact: true })
    .click();
  await expect(heading(page, 'admins')).toBeVisible();
  await expect(members.getByRole('link', { name: username, exact: true })).toBeVisible();
});

test("an app client's custom scope links to the resource server that defines it", async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, POOL.name, 'App clients');
  await page.getByRole('link', { name: 'acme-machine', exact: true }).click();
  await expect(heading(page, 'acme-machine')).toBeVisible();

  const scopes = page.getByRole('list', { name: 'Resource server scopes of the app client' });
  await expect(scopes.getByRole('link')).toHaveText([
    'https://api.acme.example.com/orders.read',
    'https://api.acme.example.com/orders.write',
  ]);
  await scopes.getByRole('link', { name: 'https://api.acme.example.com/orders.write' }).click();
  await expect(heading(page, 'acme API')).toBeVisible();
  await expect(page).toHaveURL(/resource-servers\/https%3A%2F%2Fapi\.acme\.example\.com$/);
});

test('a sign-in provider lists the app clients that offer it, linked', async ({ page }) => {
  await signInFirstTime(page, 'admin');
  await openPoolTab(page, POOL.name, 'Sign-in providers');
  await page.getByRole('link', { name: 'CorpSAML', exact: true }).click();
  await expect(heading(page, 'CorpSAML')).toBeVisible();

  const clients = page.getByRole('list', { name: 'App clients using this provider' });
  await expect(clients.getByRole('link')).toHaveText(['acme-hosted-ui']);
  await clients.getByRole('link', { name: 'acme-hosted-ui' }).click();
  await expect(heading(page, 'acme-hosted-ui')).toBeVisible();
});

test("breadcrumbs and the pool's pages name the pool beside its id", async ({ page }) => {
  await signInFirstTime(page, 'support');
  await openPoolTab(page, POOL.name, 'Groups');
  await page.getByRole('link', { name: 'admins', exact: true }).click();
  await expect(heading(page, 'admins')).toBeVisible();

  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: `${POOL.name} ${POOL.id}` })).toBeVisible();
  await expect(page.getByText(`User pool ${POOL.name} ${POOL.id}`)).toBeVisible();
});
