import {
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

let counter = 0;
const uniquePoolName = () => `e2e-settings-${Date.now().toString(36)}-${counter++}`;

/** A disposable pool with settings in every group, so "nothing else changed" means something. */
async function createPool(deletionProtection: 'ACTIVE' | 'INACTIVE' = 'INACTIVE') {
  const name = uniquePoolName();
  const { UserPool } = await emulatorAdminClient().send(
    new CreateUserPoolCommand({
      PoolName: name,
      DeletionProtection: deletionProtection,
      AutoVerifiedAttributes: ['email'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 10,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: false,
          TemporaryPasswordValidityDays: 5,
        },
      },
      VerificationMessageTemplate: {
        DefaultEmailOption: 'CONFIRM_WITH_CODE',
        EmailSubject: 'Your Acme code',
        EmailMessage: 'Your Acme code is {####}',
        SmsMessage: 'Acme code {####}',
      },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      AccountRecoverySetting: {
        RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }],
      },
      LambdaConfig: { PreSignUp: 'arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up' },
      UserPoolTags: { team: 'identity' },
    }),
  );
  return { id: UserPool!.Id!, name };
}

async function describePool(poolId: string): Promise<UserPoolType> {
  const { UserPool } = await emulatorAdminClient().send(
    new DescribeUserPoolCommand({ UserPoolId: poolId }),
  );
  return UserPool!;
}

async function removePool(poolId: string) {
  await emulatorAdminClient()
    .send(new DeleteUserPoolCommand({ UserPoolId: poolId }))
    .catch(() => undefined);
}

/** Counts the Cognito operations the page sends, by their X-Amz-Target. */
function countCognitoWrites(page: Page) {
  const sent: string[] = [];
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (target && !/\.(Describe|Get|List)/.test(target)) sent.push(target);
  });
  return sent;
}

const settingsUrl = (poolId: string, section?: string) =>
  `/pools/${poolId}/settings${section ? `#${section}` : ''}`;

async function confirmSave(page: Page, expectedPaths: string[]) {
  const dialog = page.getByRole('dialog');
  const list = dialog.getByRole('list', { name: 'Fields that will change' });
  for (const path of expectedPaths) await expect(list).toContainText(path);
  await expect(list.getByRole('listitem')).toHaveCount(expectedPaths.length);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
}

test.beforeEach(async () => {
  await resetEmulator();
});

test('admin changes the password policy, MFA and a template; nothing else changes', async ({
  page,
}) => {
  const pool = await createPool();
  try {
    const before = await describePool(pool.id);
    await signInFirstTime(page, 'admin');
    await page.goto(settingsUrl(pool.id));
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const signIn = page.getByRole('region', { name: 'Sign-in' });
    await signIn.getByLabel('Minimum password length').fill('14');
    await signIn.getByLabel('A symbol').check();
    await signIn.getByRole('button', { name: 'Save sign-in' }).click();
    await confirmSave(page, [
      'Policies.PasswordPolicy.MinimumLength',
      'Policies.PasswordPolicy.RequireSymbols',
    ]);
    await expect(page.getByText('Sign-in settings saved.')).toBeVisible();

    const mfa = page.getByRole('region', { name: 'Multi-factor authentication' });
    await mfa.getByRole('radio', { name: 'Optional (each user chooses)' }).check();
    await mfa.getByLabel('Authenticator app (TOTP)').check();
    await mfa.getByRole('button', { name: 'Save MFA settings' }).click();
    await confirmSave(page, ['MfaConfiguration', 'SoftwareTokenMfaConfiguration.Enabled']);
    await expect(page.getByText('MFA settings saved.')).toBeVisible();

    const messages = page.getByRole('region', { name: 'Messages' });
    const template = messages.getByLabel('Verification email', { exact: true });
    await template.fill('Welcome! Your verification code is {####}.');
    await expect(messages.getByText('Welcome! Your verification code is 123456.')).toBeVisible();
    await messages.getByRole('button', { name: 'Save messages' }).click();
    await confirmSave(page, ['VerificationMessageTemplate.EmailMessage']);
    await expect(page.getByText('Message settings saved.')).toBeVisible();

    const after = await describePool(pool.id);
    const { MfaConfiguration: _mfa, LastModifiedDate: _modified, ...restAfter } = after;
    const { MfaConfiguration: _mfaBefore, LastModifiedDate: _m, ...restBefore } = before;
    expect(after.Policies?.PasswordPolicy).toEqual({
      ...before.Policies?.PasswordPolicy,
      MinimumLength: 14,
      RequireSymbols: true,
    });
    expect(after.MfaConfiguration).toBe('OPTIONAL');
    expect(after.VerificationMessageTemplate).toEqual({
      ...before.VerificationMessageTemplate,
      EmailMessage: 'Welcome! Your verification code is {####}.',
    });
    expect(restAfter).toEqual({
      ...restBefore,
      Policies: after.Policies,
      VerificationMessageTemplate: after.VerificationMessageTemplate,
      EmailVerificationMessage: after.EmailVerificationMessage,
    });
    const mfaConfig = await emulatorAdminClient().send(
      new GetUserPoolMfaConfigCommand({ UserPoolId: pool.id }),
    );
    expect(mfaConfig.SoftwareTokenMfaConfiguration?.Enabled).toBe(true);
  } finally {
    await removePool(pool.id);
  }
});

test('bad inputs are refused at the field and nothing is sent', async ({ page }) => {
  const pool = await createPool();
  try {
    await signInFirstTime(page, 'admin');
    await page.goto(settingsUrl(pool.id));
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const writes = countCognitoWrites(page);

    const messages = page.getByRole('region', { name: 'Messages' });
    await messages.getByLabel('Verification SMS').fill('Your code is coming');
    await messages.getByRole('button', { name: 'Save messages' }).click();
    await expect(messages.getByLabel('Verification SMS')).toHaveAttribute('aria-invalid', 'true');
    await expect(messages.getByText('Verification SMS must contain {####}')).toBeVisible();

    const triggers = page.getByRole('region', { name: 'Triggers' });
    await triggers.getByLabel('Post confirmation').fill('not-an-arn');
    await triggers.getByRole('button', { name: 'Save triggers' }).click();
    await expect(triggers.getByLabel('Post confirmation')).toHaveAttribute('aria-invalid', 'true');
    await expect(triggers.getByText(/Enter a full Lambda function ARN/)).toBeVisible();

    const attributes = page.getByRole('region', { name: 'Attributes' });
    await attributes.getByLabel('Attribute name').fill('loyalty');
    await attributes.getByLabel('Minimum length').fill('3000');
    await attributes.getByRole('button', { name: 'Add custom attribute' }).click();
    await expect(attributes.getByLabel('Minimum length')).toHaveAttribute('aria-invalid', 'true');
    await expect(attributes.getByText('A length is a whole number from 0 to 2048.')).toBeVisible();

    const signIn = page.getByRole('region', { name: 'Sign-in' });
    await signIn.getByLabel('Minimum password length').fill('120');
    await signIn.getByRole('button', { name: 'Save sign-in' }).click();
    await expect(signIn.getByText('At most 99.')).toBeVisible();

    await expect(page.getByRole('dialog')).toBeHidden();
    expect(writes).toEqual([]);
  } finally {
    await removePool(pool.id);
  }
});

test('a custom attribute added in Settings appears in the create-user form', async ({ page }) => {
  const pool = await createPool();
  try {
    await signInFirstTime(page, 'admin');
    await page.goto(settingsUrl(pool.id, 'schema'));
    const attributes = page.getByRole('region', { name: 'Attributes' });
    await attributes.getByLabel('Attribute name').fill('loyalty');
    await attributes.getByLabel('Maximum length').fill('32');
    await attributes.getByRole('button', { name: 'Add custom attribute' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add custom:loyalty?' });
    await expect(dialog).toContainText('can never be removed or renamed');
    await dialog.getByRole('button', { name: 'Add attribute' }).click();
    await expect(dialog).toBeHidden();
    await expect(attributes.getByRole('cell', { name: 'custom:loyalty' })).toBeVisible();

    await page.goto(`/pools/${pool.id}/users/new`);
    await page.getByText(/Other attributes/).click();
    await expect(page.getByLabel('custom:loyalty')).toBeVisible();
  } finally {
    await removePool(pool.id);
  }
});

test('a protected pool is unprotected in Settings, then deleted', async ({ page }) => {
  const pool = await createPool('ACTIVE');
  try {
    await signInFirstTime(page, 'admin');
    await page.goto(`/pools/${pool.id}`);
    await page.getByRole('button', { name: 'Delete user pool' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Deletion protection is on');
    await expect(dialog.getByLabel(`Type ${pool.name} to confirm`)).toHaveCount(0);
    await dialog.getByRole('link', { name: 'Turn off deletion protection' }).click();

    const protection = page.getByRole('region', { name: 'Protection and tags' });
    await expect(protection.getByLabel('Deletion protection')).toBeFocused();
    await protection.getByLabel('Deletion protection').uncheck();
    await protection.getByRole('button', { name: 'Save protection and tags' }).click();
    await confirmSave(page, ['DeletionProtection']);
    expect((await describePool(pool.id)).DeletionProtection).toBe('INACTIVE');

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Delete user pool' }).click();
    await page.getByLabel(`Type ${pool.name} to confirm`).fill(pool.name);
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
    await expect(page.getByRole('cell', { name: pool.name })).toBeHidden();
  } finally {
    await removePool(pool.id);
  }
});

test('the support agent sees the Settings tab read-only', async ({ page }) => {
  const pool = await createPool();
  try {
    await signInFirstTime(page, 'support');
    await page.goto(`/pools/${pool.id}`);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByText('an administrator can change them')).toBeVisible();
    await expect(page.getByLabel('Minimum password length')).toHaveValue('10');
    await expect(page.getByLabel('Minimum password length')).toBeDisabled();
    await expect(page.getByLabel('Deletion protection')).toBeDisabled();
    await expect(page.getByRole('button', { name: /^Save/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add custom attribute' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  } finally {
    await removePool(pool.id);
  }
});
