import {
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Locator } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { advanceEmulatorClock, resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import {
  ACME,
  openTrySignIn,
  section,
  setPreventUserExistenceErrors,
  signIn,
  signUpTestUser,
  tracedOperations,
} from './support/try-sign-in-page.ts';

const PASSWORD = 'Tester-Pass-2026!';

// Each journey signs the operator in, then a test user (SRP in the browser): longer than most.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async () => {
  await resetEmulator();
});

test('a test user signs up, confirms with the outbox code, signs in with SRP and refreshes the tokens', async ({
  page,
}) => {
  const username = `e2e-try-${Date.now()}`;
  await signInFirstTime(page, 'admin');
  await openTrySignIn(page);
  await expect(page.getByText(/talks to the emulator/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await signUpTestUser(page, username, PASSWORD);
  const confirm = section(page, `Confirm ${username}`);
  await expect(confirm).toContainText(/Cognito sent the code by EMAIL to/);
  const code = confirm.getByRole('status', { name: 'Code in the emulator’s outbox' });
  await expect(code).toHaveText(/^\d{6}$/);
  const codeText = (await code.textContent()) ?? '';
  await confirm.getByRole('button', { name: 'Use this code' }).click();
  await expect(confirm.getByLabel('Confirmation code')).toHaveValue(codeText);
  await confirm.getByRole('button', { name: 'Confirm sign-up' }).click();
  await expect(confirm).toBeHidden();

  // The page offers the new user's name; SRP is the client's first flow.
  await expect(section(page, 'Sign in').getByLabel('Username', { exact: true })).toHaveValue(
    username,
  );
  await signIn(page, username, PASSWORD, /SRP/);
  const signedIn = section(page, `Signed in as ${username}`);
  await expect(signedIn).toBeVisible();
  const tokens = signedIn.getByRole('region', { name: 'Tokens' });
  await expect(tokens).toBeVisible();
  // Decoded and checked: the signature against the pool's keys, the group the user was put in.
  await expect(tokens.getByText('Signature valid').first()).toBeVisible();
  await expect(
    tokens
      .getByRole('table', { name: 'ID token claims' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'cognito:groups', exact: true }) }),
  ).toContainText('console-test-users');
  await expectNoSeriousA11yViolations(page);

  await refreshButton(signedIn).click();
  await expect
    .poll(() => tracedOperations(page))
    .toEqual([
      'SignUp',
      'CreateGroup',
      'AdminAddUserToGroup',
      'ConfirmSignUp',
      'InitiateAuth',
      'RespondToAuthChallenge',
      'InitiateAuth',
    ]);
  const trace = section(page, 'API calls');
  await expect(trace.getByRole('listitem').last()).toContainText(
    'InitiateAuth → signed in: tokens issued',
  );
  await expect(trace).toContainText('"AuthFlow": "REFRESH_TOKEN_AUTH"');
  await expect(tokens.getByRole('region', { name: 'What changed on refresh' })).toBeVisible();
  // Secrets never reach the trace or the CLI export: placeholders stand in for them.
  await expect(trace).not.toContainText(PASSWORD);
  await expect(trace).not.toContainText(`"${codeText}"`);
  await expect(trace).toContainText('"Password": "<password>"');
  await trace.getByText('Show as AWS CLI').click();
  await expect(trace).toContainText(`aws cognito-idp sign-up --region us-east-1 --endpoint-url`);
  await expect(trace).toContainText('"REFRESH_TOKEN":"<refresh-token>"');

  // The user went into the cleanup group.
  const groups = await emulatorAdminClient().send(
    new AdminListGroupsForUserCommand({ UserPoolId: ACME.id, Username: username }),
  );
  expect(groups.Groups?.map((g) => g.GroupName)).toEqual(['console-test-users']);

  // The console's own session is untouched: its pages still load.
  await page
    .getByRole('navigation', { name: 'Pool sections' })
    .getByRole('link', { name: 'App clients' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'App clients' })).toBeVisible();
});

test('a wrong confirmation code is refused at the code field in plain words, and too many lock it', async ({
  page,
}) => {
  const username = `e2e-wrong-${Date.now()}`;
  await signInFirstTime(page, 'admin');
  await openTrySignIn(page);
  await signUpTestUser(page, username, PASSWORD);
  const confirm = section(page, `Confirm ${username}`);
  const real =
    (await confirm.getByRole('status', { name: 'Code in the emulator’s outbox' }).textContent()) ??
    '';
  const wrong = String((Number(real) + 1) % 1_000_000).padStart(6, '0');
  await confirm.getByLabel('Confirmation code').fill(wrong);
  await confirm.getByRole('button', { name: 'Confirm sign-up' }).click();
  await expect(confirm.getByLabel('Confirmation code')).toHaveAttribute('aria-invalid', 'true');
  await expect(confirm.getByText('That code is wrong. Check it and try again.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Four more wrong tries lock the code: even the right one is then refused, in plain words.
  for (let tries = 2; tries <= 5; tries += 1) {
    await confirm.getByRole('button', { name: 'Confirm sign-up' }).click();
    await expect.poll(() => tracedOperations(page).then(count('ConfirmSignUp'))).toBe(tries);
  }
  await confirm.getByLabel('Confirmation code').fill(real);
  await confirm.getByRole('button', { name: 'Confirm sign-up' }).click();
  await expect(
    confirm.getByText(/^Too many tries: Cognito refuses more for a while/),
  ).toBeVisible();
  await expect(confirm.getByLabel('Confirmation code')).toHaveAttribute('aria-invalid', 'true');
});

const count = (operation: string) => (operations: string[]) =>
  operations.filter((name) => name === operation).length;

test('a code used after it expired is refused in plain words, and a new one confirms', async ({
  page,
}) => {
  const username = `e2e-late-${Date.now()}`;
  await signInFirstTime(page, 'admin');
  await openTrySignIn(page);
  await signUpTestUser(page, username, PASSWORD);
  const confirm = section(page, `Confirm ${username}`);
  const outboxCode = confirm.getByRole('status', { name: 'Code in the emulator’s outbox' });
  const first = (await outboxCode.textContent()) ?? '';

  // A day later (sign-up codes last 24 hours), the code has expired.
  await advanceEmulatorClock(25 * 3600);
  await confirm.getByLabel('Confirmation code').fill(first);
  await confirm.getByRole('button', { name: 'Confirm sign-up' }).click();
  await expect(
    confirm.getByText('That code has expired or was already used. Ask for a new code.'),
  ).toBeVisible();
  await expect(confirm.getByLabel('Confirmation code')).toHaveAttribute('aria-invalid', 'true');

  await confirm.getByRole('button', { name: 'Send a new code' }).click();
  await expect(outboxCode).not.toHaveText(first);
  await confirm.getByRole('button', { name: 'Use this code' }).click();
  await confirm.getByRole('button', { name: 'Confirm sign-up' }).click();
  await expect(confirm).toBeHidden();
});

test('forgot password: the reset code from the outbox sets a new password that signs in; the user deletes themself', async ({
  page,
}) => {
  const demo = ACME.demoCustomer;
  const newPassword = 'Reset-Pass-2026!';
  await signInFirstTime(page, 'admin');
  await openTrySignIn(page);
  const forgot = section(page, 'Forgot password');
  await forgot.getByLabel('Username for the reset').fill(demo.username);
  await forgot.getByRole('button', { name: 'Send a reset code' }).click();
  await expect(forgot).toContainText(/Cognito sent the code by EMAIL to d\*\*\*@/);
  await forgot.getByRole('button', { name: 'Use this code' }).click();
  await forgot.getByLabel('New password').fill(newPassword);
  await forgot.getByRole('button', { name: 'Set the new password' }).click();
  await expect(forgot.getByText(`The password of ${demo.username} was reset.`)).toBeVisible();

  await signIn(page, demo.username, demo.password, /USER_PASSWORD_AUTH/);
  await expect(
    section(page, 'Sign in').getByText('Incorrect username or password.', { exact: false }),
  ).toBeVisible();
  await signIn(page, demo.username, newPassword, /USER_PASSWORD_AUTH/);
  const signedIn = section(page, `Signed in as ${demo.username}`);
  await expect(signedIn).toBeVisible();

  // Deleting the test user names them and can be cancelled.
  await signedIn.getByRole('button', { name: 'Delete test user' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${demo.username}?` });
  await expect(dialog).toContainText(`${demo.username} deletes themself from ${ACME.name}`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(signedIn).toBeVisible();
  await signedIn.getByRole('button', { name: 'Delete test user' }).click();
  await dialog.getByRole('button', { name: 'Delete test user' }).click();
  await expect(signedIn).toBeHidden();
  await expect(
    emulatorAdminClient().send(
      new AdminGetUserCommand({ UserPoolId: ACME.id, Username: demo.username }),
    ),
  ).rejects.toMatchObject({ name: 'UserNotFoundException' });
});

test('after signing out everywhere, Cognito refuses the old refresh token', async ({ page }) => {
  const demo = ACME.demoCustomer;
  await signInFirstTime(page, 'admin');
  await openTrySignIn(page);
  await signIn(page, demo.username, demo.password, /USER_PASSWORD_AUTH/);
  const signedIn = section(page, `Signed in as ${demo.username}`);
  await refreshButton(signedIn).click();
  await expect(section(page, 'API calls').getByRole('listitem')).toHaveCount(2);
  await expect(signedIn.getByRole('alert')).toHaveCount(0);

  await signedIn.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(signedIn.getByText(/Signed out everywhere/)).toBeVisible();
  await refreshButton(signedIn).click();
  const refused = signedIn.getByRole('alert');
  await expect(refused).toContainText('Refresh refused');
  await expect(refused).toContainText('Refresh Token has been revoked');
  await expect(section(page, 'API calls').getByRole('listitem').last()).toContainText(
    'InitiateAuth → NotAuthorizedException',
  );
});

test('PreventUserExistenceErrors: an unknown user reads as a wrong password when on, and is named when off', async ({
  page,
}) => {
  const nobody = `nobody-${Date.now()}`;
  await signInFirstTime(page, 'admin');
  await openTrySignIn(page);
  const signInSection = section(page, 'Sign in');
  await signIn(page, nobody, PASSWORD, /USER_PASSWORD_AUTH/);
  await expect(signInSection.getByLabel('Password', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(signInSection.getByText(/prevents user existence errors/)).toBeVisible();

  // A reset for nobody is answered as if a code went out, and the outbox holds none.
  const forgot = section(page, 'Forgot password');
  await forgot.getByLabel('Username for the reset').fill(nobody);
  await forgot.getByRole('button', { name: 'Send a reset code' }).click();
  await expect(forgot.getByText(/outbox holds no code for this user/)).toBeVisible();

  await setPreventUserExistenceErrors('LEGACY');
  await openTrySignIn(page);
  await signIn(page, nobody, PASSWORD, /USER_PASSWORD_AUTH/);
  await expect(signInSection.getByLabel('Username', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(signInSection.getByText(/No such user in this pool/)).toBeVisible();
  await forgot.getByLabel('Username for the reset').fill(nobody);
  await forgot.getByRole('button', { name: 'Send a reset code' }).click();
  await expect(forgot.getByLabel('Username for the reset')).toHaveAttribute('aria-invalid', 'true');
});

function refreshButton(signedIn: Locator) {
  return signedIn
    .getByRole('region', { name: 'Tokens' })
    .getByRole('button', { name: 'Refresh', exact: true });
}
