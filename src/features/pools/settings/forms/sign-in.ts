import * as z from 'zod';
import type { UserPool } from '@/api/pools/describe-user-pool';
import type { UserPoolEdits } from '@/lib/user-pools/update-user-pool';
import { settle, settleObject } from './form-values';

type RecoveryName = 'verified_email' | 'verified_phone_number' | 'admin_only';

export const recoveryChoices = [
  {
    value: 'email-phone',
    label: 'Verified email, then verified phone',
    names: ['verified_email', 'verified_phone_number'],
  },
  {
    value: 'phone-email',
    label: 'Verified phone, then verified email',
    names: ['verified_phone_number', 'verified_email'],
  },
  { value: 'email', label: 'Verified email only', names: ['verified_email'] },
  { value: 'phone', label: 'Verified phone only', names: ['verified_phone_number'] },
  { value: 'admin', label: 'None: an administrator resets passwords', names: ['admin_only'] },
] as const satisfies ReadonlyArray<{
  value: string;
  label: string;
  names: readonly RecoveryName[];
}>;

type RecoveryChoice = (typeof recoveryChoices)[number]['value'] | 'unset' | 'custom';

export const deviceChoices = [
  { value: 'off', label: "Don't remember devices" },
  { value: 'always', label: 'Always remember' },
  { value: 'prompt', label: 'Remember when the user opts in' },
] as const;

export const verifiableAttributes = ['email', 'phone_number'] as const;

const whole = (min: number, max: number) =>
  z
    .number({ error: 'Enter a number.' })
    .int('Use a whole number.')
    .min(min, `At least ${min}.`)
    .max(max, `At most ${max}.`);

/** Constraints from PasswordPolicyType and its member shapes in the service model. */
export function signInSchema(pool: UserPool) {
  const autoVerified = pool.AutoVerifiedAttributes ?? [];
  return z.object({
    minLength: whole(6, 99),
    requireUppercase: z.boolean(),
    requireLowercase: z.boolean(),
    requireNumbers: z.boolean(),
    requireSymbols: z.boolean(),
    passwordHistorySize: whole(0, 24).optional(),
    temporaryPasswordValidityDays: whole(0, 365),
    recovery: z.string(),
    device: z.enum(['off', 'always', 'prompt']),
    challengeOnNewDevice: z.boolean(),
    keepOriginalUntilVerified: z
      .array(z.enum(verifiableAttributes))
      .refine(
        (names) => names.every((name) => autoVerified.includes(name)),
        'AWS keeps the original value only for attributes it verifies automatically: turn that on in Sign-up first.',
      ),
  });
}

export type SignInValues = z.infer<ReturnType<typeof signInSchema>>;

function recoveryChoiceOf(pool: UserPool): RecoveryChoice {
  const mechanisms = pool.AccountRecoverySetting?.RecoveryMechanisms;
  if (!mechanisms) return 'unset';
  const names = [...mechanisms]
    .sort((a, b) => (a.Priority ?? 0) - (b.Priority ?? 0))
    .map((m) => m.Name);
  const found = recoveryChoices.find(
    (c) => c.names.length === names.length && c.names.every((n, i) => n === names[i]),
  );
  return found?.value ?? 'custom';
}

/** What AWS applies when the pool does not say (the form shows these). */
const DEFAULT_MIN_LENGTH = 8;
const DEFAULT_TEMPORARY_PASSWORD_DAYS = 7;

/**
 * Pools from before the password policy had TemporaryPasswordValidityDays keep it as
 * AdminCreateUserConfig.UnusedAccountValidityDays, and that value is the one in force.
 */
function temporaryPasswordDaysOf(pool: UserPool): number | undefined {
  return (
    pool.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays ??
    pool.AdminCreateUserConfig?.UnusedAccountValidityDays
  );
}

/** A value left at the default AWS applies to an unset setting stays unset. */
const settleDefault = (before: number | undefined, after: number, fallback: number) =>
  before === undefined && after === fallback ? undefined : after;

export function toSignInValues(pool: UserPool): SignInValues {
  const policy = pool.Policies?.PasswordPolicy ?? {};
  const device = pool.DeviceConfiguration;
  return {
    minLength: policy.MinimumLength ?? DEFAULT_MIN_LENGTH,
    requireUppercase: policy.RequireUppercase ?? false,
    requireLowercase: policy.RequireLowercase ?? false,
    requireNumbers: policy.RequireNumbers ?? false,
    requireSymbols: policy.RequireSymbols ?? false,
    passwordHistorySize: policy.PasswordHistorySize,
    temporaryPasswordValidityDays: temporaryPasswordDaysOf(pool) ?? DEFAULT_TEMPORARY_PASSWORD_DAYS,
    recovery: recoveryChoiceOf(pool),
    device: !device ? 'off' : device.DeviceOnlyRememberedOnUserPrompt ? 'prompt' : 'always',
    challengeOnNewDevice: device?.ChallengeRequiredOnNewDevice ?? false,
    keepOriginalUntilVerified: (
      pool.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ?? []
    ).filter((name): name is (typeof verifiableAttributes)[number] =>
      (verifiableAttributes as readonly string[]).includes(name),
    ),
  };
}

function recoveryEdit(pool: UserPool, choice: string): UserPoolEdits['AccountRecoverySetting'] {
  if (choice === recoveryChoiceOf(pool)) return pool.AccountRecoverySetting;
  if (choice === 'unset') return null;
  const found = recoveryChoices.find((c) => c.value === choice);
  if (!found) return pool.AccountRecoverySetting;
  return {
    RecoveryMechanisms: found.names.map((Name, i) => ({ Name, Priority: i + 1 })),
  };
}

function deviceEdit(pool: UserPool, values: SignInValues): UserPoolEdits['DeviceConfiguration'] {
  if (values.device === 'off') return null;
  const before = pool.DeviceConfiguration;
  // Turning tracking on states both choices: an empty DeviceConfiguration says nothing.
  if (before === undefined) {
    return {
      ChallengeRequiredOnNewDevice: values.challengeOnNewDevice,
      DeviceOnlyRememberedOnUserPrompt: values.device === 'prompt',
    };
  }
  return {
    ...before,
    ChallengeRequiredOnNewDevice: settle(
      before?.ChallengeRequiredOnNewDevice,
      values.challengeOnNewDevice,
    ),
    DeviceOnlyRememberedOnUserPrompt: settle(
      before?.DeviceOnlyRememberedOnUserPrompt,
      values.device === 'prompt',
    ),
  };
}

/** The Sign-in group's edits; settings it does not show (e.g. the sign-in policy) stay as they are. */
export function signInEdits(pool: UserPool, values: SignInValues): UserPoolEdits {
  const policy = pool.Policies?.PasswordPolicy;
  const passwordPolicy = {
    ...policy,
    MinimumLength: settleDefault(policy?.MinimumLength, values.minLength, DEFAULT_MIN_LENGTH),
    RequireUppercase: settle(policy?.RequireUppercase, values.requireUppercase),
    RequireLowercase: settle(policy?.RequireLowercase, values.requireLowercase),
    RequireNumbers: settle(policy?.RequireNumbers, values.requireNumbers),
    RequireSymbols: settle(policy?.RequireSymbols, values.requireSymbols),
    PasswordHistorySize: values.passwordHistorySize,
    TemporaryPasswordValidityDays: settleDefault(
      temporaryPasswordDaysOf(pool),
      values.temporaryPasswordValidityDays,
      DEFAULT_TEMPORARY_PASSWORD_DAYS,
    ),
  };
  const keep = pool.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate;
  const keepAfter = settle(keep, values.keepOriginalUntilVerified);
  return {
    Policies: settleObject(pool.Policies, {
      ...pool.Policies,
      PasswordPolicy: settleObject(policy, passwordPolicy),
    }),
    AccountRecoverySetting: recoveryEdit(pool, values.recovery),
    DeviceConfiguration: deviceEdit(pool, values),
    UserAttributeUpdateSettings:
      keepAfter === undefined
        ? pool.UserAttributeUpdateSettings
        : {
            ...pool.UserAttributeUpdateSettings,
            AttributesRequireVerificationBeforeUpdate: keepAfter,
          },
  };
}

/** AWS members named in its messages -> the form field to show them at. */
export const signInErrorFields = {
  minimumLength: 'minLength',
  'passwordPolicy.minimumLength': 'minLength',
  passwordHistorySize: 'passwordHistorySize',
  temporaryPasswordValidityDays: 'temporaryPasswordValidityDays',
  AttributesRequireVerificationBeforeUpdate: 'keepOriginalUntilVerified',
  recoveryMechanisms: 'recovery',
  deviceConfiguration: 'device',
} as const satisfies Record<string, keyof SignInValues>;
