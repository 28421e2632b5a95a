import {
  DescribeUserPoolClientCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, type Page } from '@playwright/test';
import { SEEDED } from '../../emulator/src/seed/seeded.ts';
import { emulatorAdminClient } from './idp-admin.ts';

export const ACME = SEEDED.customerPool;

export const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

/** From anywhere in the console: the pool, its App clients tab, the seeded acme-web, Try sign-in. */
export async function openTrySignIn(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'User pools' })
    .click();
  await page.getByRole('link', { name: ACME.name }).click();
  await page
    .getByRole('navigation', { name: 'Pool sections' })
    .getByRole('link', { name: 'App clients' })
    .click();
  await page
    .getByRole('row', { name: new RegExp(ACME.webClientId) })
    .getByRole('link', { name: 'acme-web' })
    .click();
  await page.getByRole('link', { name: 'Try sign-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Try sign-in' })).toBeVisible();
}

/** Signs a new user up through the page (the acme pool: username, password, email). */
export async function signUpTestUser(page: Page, username: string, password: string) {
  const signUp = section(page, 'Sign up a test user');
  await signUp.getByLabel('Username', { exact: true }).fill(username);
  await signUp.getByLabel('Password', { exact: true }).fill(password);
  await signUp.getByLabel('email', { exact: true }).fill(`${username}@example.com`);
  await signUp.getByRole('button', { name: 'Sign up' }).click();
  await expect(section(page, `Confirm ${username}`)).toBeVisible();
}

export async function signIn(page: Page, username: string, password: string, flow?: RegExp) {
  const signIn = section(page, 'Sign in');
  if (flow) await signIn.getByRole('radio', { name: flow }).check();
  await signIn.getByLabel('Username', { exact: true }).fill(username);
  await signIn.getByLabel('Password', { exact: true }).fill(password);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
}

/** The names of the calls in the trace, in order. */
export async function tracedOperations(page: Page): Promise<string[]> {
  const items = section(page, 'API calls').getByRole('listitem');
  const summaries = await items.locator('summary').allTextContents();
  return summaries.map((text) => text.trim().split(/\s/)[0] ?? '');
}

/** Sets the web client's PreventUserExistenceErrors, every other setting sent back unchanged. */
export async function setPreventUserExistenceErrors(value: 'ENABLED' | 'LEGACY') {
  const client = emulatorAdminClient();
  const { UserPoolClient: c } = await client.send(
    new DescribeUserPoolClientCommand({ UserPoolId: ACME.id, ClientId: ACME.webClientId }),
  );
  if (!c) throw new Error('no acme-web client');
  const {
    ClientSecret: _secret,
    CreationDate: _created,
    LastModifiedDate: _modified,
    ...settings
  } = c;
  await client.send(
    new UpdateUserPoolClientCommand({
      ...settings,
      UserPoolId: ACME.id,
      ClientId: ACME.webClientId,
      PreventUserExistenceErrors: value,
    }),
  );
}
