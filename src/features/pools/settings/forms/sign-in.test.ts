import { describe, expect, it } from 'vitest';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { fullyPopulatedPool } from '@/lib/user-pools/fully-populated-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import { signInEdits, signInSchema, toSignInValues, type SignInValues } from './sign-in';

/** The fields a Sign-in save changes, as the review dialog lists them. */
function changesOf(pool: UserPool, edit: Partial<SignInValues>) {
  const values = { ...toSignInValues(pool), ...edit };
  return diffUserPoolUpdate(
    toUpdateUserPoolInput(pool, {}),
    toUpdateUserPoolInput(pool, signInEdits(pool, values)),
  );
}

describe('Sign-in settings', () => {
  it('shows the password policy, recovery order, devices and attribute updates of the pool', () => {
    expect(toSignInValues(fullyPopulatedPool)).toEqual({
      minLength: 12,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: false,
      passwordHistorySize: 5,
      temporaryPasswordValidityDays: 3,
      recovery: 'email-phone',
      device: 'prompt',
      challengeOnNewDevice: true,
      keepOriginalUntilVerified: ['email'],
    });
  });

  it('a new minimum length changes that field only, the sign-in policy stays', () => {
    expect(changesOf(fullyPopulatedPool, { minLength: 14 })).toEqual([
      { path: 'Policies.PasswordPolicy.MinimumLength', before: 12, after: 14 },
    ]);
    const input = toUpdateUserPoolInput(
      fullyPopulatedPool,
      signInEdits(fullyPopulatedPool, { ...toSignInValues(fullyPopulatedPool), minLength: 14 }),
    );
    expect(input.Policies?.SignInPolicy).toEqual(fullyPopulatedPool.Policies?.SignInPolicy);
  });

  it('an emptied password history is removed, not sent as 0', () => {
    expect(changesOf(fullyPopulatedPool, { passwordHistorySize: undefined })).toEqual([
      { path: 'Policies.PasswordPolicy.PasswordHistorySize', before: 5, after: undefined },
    ]);
  });

  it('an unticked character class becomes false', () => {
    expect(changesOf(fullyPopulatedPool, { requireNumbers: false })).toEqual([
      { path: 'Policies.PasswordPolicy.RequireNumbers', before: true, after: false },
    ]);
  });

  it('a pool that keeps the temporary password validity as UnusedAccountValidityDays shows it and keeps it', () => {
    const legacy: UserPool = {
      ...fullyPopulatedPool,
      Policies: { PasswordPolicy: { MinimumLength: 8 } },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true, UnusedAccountValidityDays: 3 },
    };
    expect(toSignInValues(legacy).temporaryPasswordValidityDays).toBe(3);
    expect(changesOf(legacy, {})).toEqual([]);
    expect(changesOf(legacy, { temporaryPasswordValidityDays: 10 })).toEqual([
      { path: 'Policies.PasswordPolicy.TemporaryPasswordValidityDays', before: 3, after: 10 },
    ]);
  });

  it('recovery by administrator only replaces the whole order', () => {
    expect(changesOf(fullyPopulatedPool, { recovery: 'admin' })).toEqual([
      {
        path: 'AccountRecoverySetting.RecoveryMechanisms',
        before: fullyPopulatedPool.AccountRecoverySetting?.RecoveryMechanisms,
        after: [{ Name: 'admin_only', Priority: 1 }],
      },
    ]);
  });

  it('a recovery order the form has no choice for is kept as it is', () => {
    const custom: UserPool = {
      ...fullyPopulatedPool,
      AccountRecoverySetting: {
        RecoveryMechanisms: [
          { Name: 'verified_phone_number', Priority: 1 },
          { Name: 'admin_only', Priority: 2 },
        ],
      },
    };
    expect(toSignInValues(custom).recovery).toBe('custom');
    expect(changesOf(custom, { minLength: 10 }).map((c) => c.path)).toEqual([
      'Policies.PasswordPolicy.MinimumLength',
    ]);
  });

  it("Don't remember devices removes DeviceConfiguration", () => {
    const input = toUpdateUserPoolInput(
      fullyPopulatedPool,
      signInEdits(fullyPopulatedPool, { ...toSignInValues(fullyPopulatedPool), device: 'off' }),
    );
    expect(input).not.toHaveProperty('DeviceConfiguration');
  });

  it('turning device tracking on states both choices', () => {
    const pool: UserPool = { Id: 'eu-west-1_NoDevices', Name: 'no-devices' };
    expect(changesOf(pool, { device: 'always' })).toEqual([
      {
        path: 'DeviceConfiguration',
        before: undefined,
        after: { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: false },
      },
    ]);
  });

  it('keeping the original email until verified can be turned off', () => {
    expect(changesOf(fullyPopulatedPool, { keepOriginalUntilVerified: [] })).toEqual([
      {
        path: 'UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate',
        before: ['email'],
        after: [],
      },
    ]);
  });

  it('refuses to keep the original value of an attribute AWS does not verify automatically', () => {
    const result = signInSchema(fullyPopulatedPool).safeParse({
      ...toSignInValues(fullyPopulatedPool),
      keepOriginalUntilVerified: ['phone_number'],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'keepOriginalUntilVerified',
    ]);
  });

  it('refuses a minimum length outside 6–99 at the field', () => {
    const result = signInSchema(fullyPopulatedPool).safeParse({
      ...toSignInValues(fullyPopulatedPool),
      minLength: 5,
    });
    expect(result.error?.issues).toMatchObject([{ path: ['minLength'], message: 'At least 6.' }]);
  });
});
