import {
  AdminAddUserToGroupCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

const customers = SEEDED.customerPool;

/** The demo customer's tokens, from the public web client as an app would get them. */
async function demoCustomerTokens() {
  const client = emulatorAdminClient();
  await client.send(
    new AdminAddUserToGroupCommand({
      UserPoolId: customers.id,
      Username: customers.demoCustomer.username,
      GroupName: 'premium',
    }),
  );
  const out = await client.send(
    new InitiateAuthCommand({
      ClientId: customers.webClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: {
        USERNAME: customers.demoCustomer.username,
        PASSWORD: customers.demoCustomer.password,
      },
    }),
  );
  const result = out.AuthenticationResult!;
  return { idToken: result.IdToken!, accessToken: result.AccessToken! };
}

/** The token with one byte of its signature changed. */
function withSignatureByteChanged(token: string) {
  const [header, payload, signature = ''] = token.split('.');
  const bytes = Buffer.from(signature, 'base64url');
  bytes[20] = bytes[20]! ^ 0x01;
  return `${header}.${payload}.${bytes.toString('base64url')}`;
}

/** The token with some claims rewritten (its signature no longer matches them). */
function withClaims(token: string, changes: Record<string, unknown>) {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as object;
  const rewritten = Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url');
  return `${header}.${rewritten}.${signature}`;
}

async function openDecoder(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Decode a token' })
    .click();
  await expect(page.getByRole('heading', { name: 'Decode a token', level: 1 })).toBeVisible();
}

const tokenField = (page: Page) => page.getByRole('textbox', { name: 'Token', exact: true });

function claimRow(page: Page, claim: string) {
  return page
    .getByRole('table', { name: 'ID token claims' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: claim, exact: true }) });
}

test.beforeEach(async () => {
  await resetEmulator();
});

test('a pasted ID token of the emulator is shown valid, with its groups and custom claims explained', async ({
  page,
}) => {
  // A browser sign-in, two tokens and an axe run: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const tokens = await demoCustomerTokens();
  await signInFirstTime(page, 'support');
  await openDecoder(page);

  await tokenField(page).fill(tokens.idToken);
  await expect(page.getByText('Signature valid')).toBeVisible();
  await expect(tokenField(page)).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByRole('heading', { name: 'ID token', level: 3 })).toBeVisible();
  await expect(page.getByText(`${customers.id} (us-east-1)`)).toBeVisible();
  await expect(page.getByText(/\d+:\d\d left/)).toBeVisible();

  await expect(claimRow(page, 'cognito:groups')).toContainText('premium');
  await expect(claimRow(page, 'cognito:groups')).toContainText(
    'The pool groups the user belongs to',
  );
  await expect(claimRow(page, 'custom:tier')).toContainText('gold');
  await expect(claimRow(page, 'custom:tier')).toContainText("The user's custom attribute tier");
  await expect(claimRow(page, 'cognito:username')).toContainText(customers.demoCustomer.username);
  await expect(claimRow(page, 'origin_jti')).toContainText('revoking that refresh token');
  await expect(
    page.getByRole('table', { name: 'ID token header' }).getByRole('rowheader', { name: 'kid' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Long tokens and claim values wrap or scroll in their own box: the page never scrolls sideways.
  expect(
    await page.evaluate(() => {
      const root = document.scrollingElement!;
      return root.scrollWidth > root.clientWidth;
    }),
  ).toBe(false);

  // The token is kept in the page's memory only: not in the URL, not in the browser's storage.
  expect(page.url()).not.toContain(tokens.idToken.slice(0, 40));
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toContain(tokens.idToken.slice(0, 40));

  await tokenField(page).fill(tokens.accessToken);
  await expect(page.getByRole('heading', { name: 'Access token', level: 3 })).toBeVisible();
  await expect(page.getByText('Signature valid')).toBeVisible();
});

test('the same token with one signature byte changed is shown as a bad signature, at the field', async ({
  page,
}) => {
  const tokens = await demoCustomerTokens();
  await signInFirstTime(page, 'admin');
  await openDecoder(page);

  await tokenField(page).fill(withSignatureByteChanged(tokens.idToken));
  await expect(tokenField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(tokenField(page)).toHaveAccessibleDescription(
    /Bad signature: The signature does not match us-east-1_AcmeCust1's key/,
  );
  await expect(page.getByText('✗ Bad signature')).toBeVisible();
  // The claims are still shown, so a support desk sees what the token pretends.
  await expect(claimRow(page, 'custom:tier')).toContainText('gold');
  await expectNoSeriousA11yViolations(page);
});

test('a malformed string, a token of a pool that does not exist and an expired token are each said plainly at the field', async ({
  page,
}) => {
  const tokens = await demoCustomerTokens();
  await signInFirstTime(page, 'support');
  await openDecoder(page);

  await tokenField(page).fill('eyJhbGciOiJSUzI1NiJ9.not-a-payload');
  await expect(tokenField(page)).toHaveAccessibleDescription(
    /Not a JWT: A JWT has three parts separated by dots \(header.payload.signature\); this has 2./,
  );
  await expect(page.getByRole('table')).toHaveCount(0);

  const missingPool = 'us-east-1_NoSuchPool';
  await tokenField(page).fill(
    withClaims(tokens.idToken, {
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${missingPool}`,
    }),
  );
  await expect(tokenField(page)).toHaveAccessibleDescription(
    new RegExp(`Pool does not exist: User pool ${missingPool} does not exist`),
  );

  await tokenField(page).fill(withClaims(tokens.idToken, { exp: 1_700_000_000 }));
  await expect(tokenField(page)).toHaveAccessibleDescription(/Expired: this token expired at/);
  await expect(tokenField(page)).toHaveAccessibleDescription(/Bad signature/);
  await expect(page.getByText(/^Expired .* ago$/)).toBeVisible();

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(tokenField(page)).toHaveValue('');
  await expect(tokenField(page)).toHaveAttribute('aria-invalid', 'false');
});
