import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminListDevicesCommand,
  ListIdentityProvidersCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient, findUserWithDevices, outboxFor } from './support/idp-admin.ts';
import { recordAwsOperations } from './support/pool-resources-page.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { ACME_POOL, openUser } from './support/user-page.ts';

const client = emulatorAdminClient();
const created: string[] = [];

/** A native user of the Acme pool with a unique name, deleted after the test. */
async function createUser(
  prefix: string,
  attributes: Record<string, string>,
  invite: 'suppress' | 'email' = 'suppress',
) {
  const username = `e2e-${prefix}-${Date.now()}`;
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: ACME_POOL,
      Username: username,
      ...(invite === 'suppress'
        ? { MessageAction: 'SUPPRESS' }
        : { DesiredDeliveryMediums: ['EMAIL'] }),
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    }),
  );
  created.push(username);
  return username;
}

/** The status badge (its text, as rendered before CSS upper-casing) and its explanation. */
async function expectStatus(page: Page, badge: string, explanation: string | RegExp) {
  const status = page.getByRole('definition').filter({ hasText: explanation });
  await expect(status).toBeVisible();
  await expect(status.getByText(badge, { exact: true })).toBeVisible();
}

const dialog = (page: Page) => page.getByRole('dialog');
const toast = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test.beforeEach(async () => {
  await resetEmulator();
});

test.afterEach(async () => {
  for (const username of created.splice(0)) {
    await client
      .send(new AdminDeleteUserCommand({ UserPoolId: ACME_POOL, Username: username }))
      .catch(() => undefined);
  }
});

test('an admin sets a temporary then a permanent password, and a weak one is refused at the field', async ({
  page,
}) => {
  const username = await createUser('setpw', { email: `setpw-${Date.now()}@example.com` });
  await signInFirstTime(page, 'admin');
  await openUser(page, ACME_POOL, username);
  await expectStatus(page, 'force change password', /must sign in with the temporary password/);

  // Permanent: the user can sign in with it directly.
  await page.getByRole('button', { name: 'Set password', exact: true }).click();
  await expect(dialog(page)).toContainText(`Set a password for ${username}`);
  await expectNoSeriousA11yViolations(page);
  await dialog(page).getByLabel('New password').fill('E2e-Permanent-Pass-1!');
  await dialog(page).getByLabel('Keep it (permanent)').check();
  await dialog(page).getByRole('button', { name: 'Set password' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(toast(page, `Password of ${username} set.`)).toBeVisible();
  await expectStatus(page, 'confirmed', 'Confirmed and able to sign in.');

  // Temporary (the default choice): back to FORCE_CHANGE_PASSWORD.
  await page.getByRole('button', { name: 'Set password', exact: true }).click();
  await expect(dialog(page).getByLabel('Change it at next sign-in (temporary)')).toBeChecked();
  await dialog(page).getByLabel('New password').fill('E2e-Temporary-Pass-2!');
  await dialog(page).getByRole('button', { name: 'Set password' }).click();
  await expect(dialog(page)).toBeHidden();
  await expectStatus(page, 'force change password', /must sign in with the temporary password/);

  // Against the pool's policy: refused at the field, nothing sent, status unchanged.
  const operations = recordAwsOperations(page);
  await page.getByRole('button', { name: 'Set password', exact: true }).click();
  const field = dialog(page).getByLabel('New password');
  await field.fill('weak');
  await dialog(page).getByLabel('Keep it (permanent)').check();
  await dialog(page).getByRole('button', { name: 'Set password' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog(page).getByText(/password policy needs at least/)).toBeVisible();
  expect(operations).not.toContain('AdminSetUserPassword');
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toBeHidden();
  await expectStatus(page, 'force change password', /must sign in with the temporary password/);
});

test('an admin confirms the sign-up of an unconfirmed user, and the action goes away', async ({
  page,
}) => {
  // The emulator has no SignUp, so use a seeded UNCONFIRMED customer (the reset restores it).
  const { Users = [] } = await client.send(
    new ListUsersCommand({
      UserPoolId: ACME_POOL,
      Filter: 'cognito:user_status = "UNCONFIRMED"',
      Limit: 1,
    }),
  );
  expect(Users).toHaveLength(1);
  const username = Users[0]!.Username!;

  await signInFirstTime(page, 'admin');
  await openUser(page, ACME_POOL, username);
  await expectStatus(page, 'unconfirmed', /has not confirmed the account yet/);
  await page.getByRole('button', { name: 'Confirm sign-up', exact: true }).click();
  await expect(dialog(page)).toContainText(`Confirm the sign-up of ${username}?`);
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toBeHidden();
  await expectStatus(page, 'unconfirmed', /has not confirmed the account yet/);

  await page.getByRole('button', { name: 'Confirm sign-up', exact: true }).click();
  await dialog(page).getByRole('button', { name: 'Confirm sign-up' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(toast(page, `${username} confirmed.`)).toBeVisible();
  await expectStatus(page, 'confirmed', 'Confirmed and able to sign in.');
  await expect(page.getByRole('button', { name: 'Confirm sign-up', exact: true })).toHaveCount(0);

  // Also after a fresh load, and for a confirmed user from the start.
  await openUser(page, ACME_POOL, 'demo.customer');
  await expectStatus(page, 'confirmed', 'Confirmed and able to sign in.');
  await expect(page.getByRole('button', { name: 'Confirm sign-up', exact: true })).toHaveCount(0);
});

test('an admin resends the invitation, and a second one with a new password is sent', async ({
  page,
}) => {
  const email = `resend-${Date.now()}@example.com`;
  const username = await createUser('resend', { email }, 'email');
  await expect.poll(async () => (await outboxFor(email)).length).toBe(1);
  const [first] = await outboxFor(email);

  await signInFirstTime(page, 'admin');
  await openUser(page, ACME_POOL, username);
  await page.getByRole('button', { name: 'Resend invitation', exact: true }).click();
  await expect(dialog(page)).toContainText(`Resend the invitation to ${username}?`);
  await expect(dialog(page).getByLabel('Email')).toBeChecked();
  await expect(dialog(page).getByLabel('SMS')).toBeDisabled();
  await expect(dialog(page)).toContainText('The user has no phone number.');
  await dialog(page).getByRole('button', { name: 'Resend invitation' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(toast(page, `Invitation sent again to ${username}.`)).toBeVisible();

  await expect.poll(async () => (await outboxFor(email)).length).toBe(2);
  const messages = await outboxFor(email);
  const second = messages[messages.length - 1]!;
  expect(second).toMatchObject({ kind: 'invitation', medium: 'EMAIL', username });
  expect(second.code).toEqual(expect.any(String));
  expect(second.code).not.toBe(first!.code);
  await expectStatus(page, 'force change password', /must sign in with the temporary password/);
});

test('an admin turns the SMS MFA option on and off for a user with a phone number', async ({
  page,
}) => {
  const username = await createUser('mfa', { phone_number: '+15555550142' });
  await signInFirstTime(page, 'admin');
  await openUser(page, ACME_POOL, username);
  const mfa = page.getByRole('region', { name: 'Multi-factor authentication' });
  const smsOption = mfa.getByRole('definition').filter({ hasText: /^(Off|SMS to phone_number)$/ });
  await expect(smsOption).toHaveText('Off');

  await mfa.getByRole('button', { name: 'Turn on SMS MFA option' }).click();
  await expect(dialog(page)).toContainText('+15555550142');
  await dialog(page).getByRole('button', { name: 'Turn on', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(toast(page, 'SMS MFA option turned on.')).toBeVisible();
  await expect(smsOption).toHaveText('SMS to phone_number');
  await expect(mfa.getByRole('button', { name: 'Turn off SMS MFA option' })).toBeVisible();

  await mfa.getByRole('button', { name: 'Turn off SMS MFA option' }).click();
  await dialog(page).getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(toast(page, 'SMS MFA option turned off.')).toBeVisible();
  await expect(smsOption).toHaveText('Off');
  await expect(mfa.getByRole('button', { name: 'Turn on SMS MFA option' })).toBeVisible();
});

test('an admin links an external identity and then disables it', async ({ page }) => {
  const { Providers = [] } = await client.send(
    new ListIdentityProvidersCommand({ UserPoolId: ACME_POOL }),
  );
  const provider =
    Providers.find((p) => p.ProviderType === 'Google') ??
    Providers.find((p) => p.ProviderType !== 'SAML')!;
  const providerName = provider.ProviderName!;
  const externalId = `e2e-sub-${Date.now()}`;
  const username = await createUser('link', { email: `link-${Date.now()}@example.com` });

  await signInFirstTime(page, 'admin');
  await openUser(page, ACME_POOL, username);
  const identities = page.getByRole('region', { name: 'External identities' });
  await expect(identities.getByText('No linked identities')).toBeVisible();

  await identities.getByRole('button', { name: 'Link identity' }).click();
  await expect(dialog(page)).toContainText(`Link an external identity to ${username}`);
  await dialog(page).getByLabel('Identity provider').selectOption(providerName);
  await expect(dialog(page).getByLabel('Provider attribute name')).toHaveValue('Cognito_Subject');
  await dialog(page).getByLabel('Provider attribute value').fill(externalId);
  await dialog(page).getByRole('button', { name: 'Link identity' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(toast(page, 'Identity linked.')).toBeVisible();
  const linked = identities.getByRole('list', { name: 'Linked identities' });
  await expect(linked.getByRole('listitem')).toHaveCount(1);
  await expect(linked).toContainText(providerName);
  await expect(linked).toContainText(externalId);
  await expectNoSeriousA11yViolations(page);

  await identities
    .getByRole('button', { name: `Disable ${providerName} identity ${externalId}` })
    .click();
  await expect(dialog(page)).toContainText(`Disable the ${providerName} identity?`);
  await dialog(page).getByRole('button', { name: 'Disable identity' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(toast(page, 'External identity unlinked and disabled.')).toBeVisible();
  await expect(linked).toHaveCount(0);
  await expect(identities.getByText('No linked identities')).toBeVisible();
});

type Remembered = 'remembered' | 'not_remembered';
const rememberedLabel: Record<Remembered, string> = {
  remembered: 'Remembered',
  not_remembered: 'Not remembered',
};
const otherStatus: Record<Remembered, Remembered> = {
  remembered: 'not_remembered',
  not_remembered: 'remembered',
};

/** The remembered status of a device as the emulator stores it. */
async function rememberedStatus(username: string, key: string): Promise<Remembered> {
  const { Devices = [] } = await client.send(
    new AdminListDevicesCommand({ UserPoolId: ACME_POOL, Username: username }),
  );
  const attributes = Devices.find((d) => d.DeviceKey === key)?.DeviceAttributes ?? [];
  const value = attributes.find((a) => a.Name === 'device_remembered_status')?.Value;
  return value === 'remembered' ? 'remembered' : 'not_remembered';
}

test('an admin marks a device not remembered and remembered again', async ({ page }) => {
  const { username } = await findUserWithDevices(ACME_POOL);
  const { Devices = [] } = await client.send(
    new AdminListDevicesCommand({ UserPoolId: ACME_POOL, Username: username }),
  );
  const key = Devices[0]!.DeviceKey!;
  const initial = await rememberedStatus(username, key);
  const toggled = otherStatus[initial];
  const before = rememberedLabel[initial];
  const after = rememberedLabel[toggled];

  await signInFirstTime(page, 'admin');
  await openUser(page, ACME_POOL, username);
  const row = page
    .getByRole('table', { name: `Devices of ${username}` })
    .getByRole('row')
    .filter({ hasText: key });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: before, exact: true })).toBeVisible();

  await row.getByRole('button', { name: new RegExp(` as ${after.toLowerCase()}$`) }).click();
  await expect(row.getByRole('cell', { name: after, exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: before, exact: true })).toHaveCount(0);
  await expect.poll(() => rememberedStatus(username, key)).toBe(toggled);

  await row.getByRole('button', { name: new RegExp(` as ${before.toLowerCase()}$`) }).click();
  await expect(row.getByRole('cell', { name: before, exact: true })).toBeVisible();
  await expect.poll(() => rememberedStatus(username, key)).toBe(initial);

  // Still so after a reload: the page shows the stored status, not only local state.
  await page.reload();
  await expect(row.getByRole('cell', { name: before, exact: true })).toBeVisible();
});
