import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, type Page } from '@playwright/test';
import { defaultConfig } from '../../emulator/src/config.ts';
import { SEEDED } from '../../emulator/src/seed/seeded.ts';
import { E2E_EMULATOR_URL } from './ports.ts';

export const customerPoolId = SEEDED.customerPool.id;

/** The emulator's static admin key (emulator/src/config.ts): test setup only, never the UI. */
export function adminClient(): CognitoIdentityProviderClient {
  const key = defaultConfig().staticCredentials.find((c) => c.role === 'admin')!;
  return new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: E2E_EMULATOR_URL,
    credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
  });
}

export function attributesOf(user: { Attributes?: { Name?: string; Value?: string }[] }) {
  return Object.fromEntries((user.Attributes ?? []).map((a) => [a.Name, a.Value]));
}

export async function getCustomer(username: string) {
  const out = await adminClient().send(
    new AdminGetUserCommand({ UserPoolId: customerPoolId, Username: username }),
  );
  return attributesOf({ Attributes: out.UserAttributes });
}

/** A seeded customer that has a phone number (60% have one). */
export async function customerWithPhone() {
  const { Users = [] } = await adminClient().send(
    new ListUsersCommand({ UserPoolId: customerPoolId, Limit: 60 }),
  );
  const user = Users.find((u) => attributesOf(u).phone_number)!;
  return { username: user.Username!, phone: attributesOf(user).phone_number! };
}

/** A seeded customer whose given name is `givenName` (the seed draws from a list of names). */
export async function seededCustomerNamed(givenName: string) {
  const { Users = [] } = await adminClient().send(
    new ListUsersCommand({
      UserPoolId: customerPoolId,
      Filter: `given_name = "${givenName}"`,
      Limit: 1,
    }),
  );
  const user = Users[0]!;
  return { username: user.Username!, email: attributesOf(user).email! };
}

export async function createCustomer(username: string, attributes: Record<string, string>) {
  await adminClient().send(
    new AdminCreateUserCommand({
      UserPoolId: customerPoolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    }),
  );
}

export async function deleteCustomer(username: string) {
  await adminClient().send(
    new AdminDeleteUserCommand({ UserPoolId: customerPoolId, Username: username }),
  );
}

/** From the pools list (just signed in) to acme-customers' Users tab. */
export async function openCustomerUsers(page: Page) {
  await page.getByRole('link', { name: SEEDED.customerPool.name }).click();
  await page
    .getByRole('navigation', { name: 'Pool sections' })
    .getByRole('link', { name: 'Users' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
}

export async function quickSearch(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search users' }).fill(text);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

/** The results table (the scroll region named by its caption). */
export function usersTable(page: Page) {
  return page.getByRole('table');
}

export function userLink(page: Page, username: string) {
  return usersTable(page).getByRole('link', { name: username, exact: true });
}
