// eslint-disable-next-line no-restricted-imports -- type-only: erased from the bundle, and keeps the mapper in step with the SDK's shapes
import type {
  UpdateUserPoolRequest,
  UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';

/** Everything UpdateUserPool can set: its request without the key. */
export type UserPoolSettings = Omit<UpdateUserPoolRequest, 'UserPoolId'>;

/** An edited setting; `null` removes it (UpdateUserPool resets what it does not receive). */
export type UserPoolEdits = { [K in keyof UserPoolSettings]?: UserPoolSettings[K] | null };

/**
 * Where each member of UpdateUserPoolRequest comes from in DescribeUserPool's UserPool. The names
 * agree except the pool's name (Describe `Name`, Update `PoolName`). The `satisfies` clause fails
 * to compile when the SDK gains an UpdateUserPool member that is not listed here.
 */
export const updateMemberSources = {
  Policies: 'Policies',
  DeletionProtection: 'DeletionProtection',
  LambdaConfig: 'LambdaConfig',
  AutoVerifiedAttributes: 'AutoVerifiedAttributes',
  SmsVerificationMessage: 'SmsVerificationMessage',
  EmailVerificationMessage: 'EmailVerificationMessage',
  EmailVerificationSubject: 'EmailVerificationSubject',
  VerificationMessageTemplate: 'VerificationMessageTemplate',
  SmsAuthenticationMessage: 'SmsAuthenticationMessage',
  UserAttributeUpdateSettings: 'UserAttributeUpdateSettings',
  MfaConfiguration: 'MfaConfiguration',
  DeviceConfiguration: 'DeviceConfiguration',
  EmailConfiguration: 'EmailConfiguration',
  SmsConfiguration: 'SmsConfiguration',
  UserPoolTags: 'UserPoolTags',
  AdminCreateUserConfig: 'AdminCreateUserConfig',
  UserPoolAddOns: 'UserPoolAddOns',
  DcrConfiguration: 'DcrConfiguration',
  AccountRecoverySetting: 'AccountRecoverySetting',
  PoolName: 'Name',
  UserPoolTier: 'UserPoolTier',
  KeyConfiguration: 'KeyConfiguration',
  IssuerConfiguration: 'IssuerConfiguration',
  AcrConfiguration: 'AcrConfiguration',
} as const satisfies { [K in keyof Required<UserPoolSettings>]: keyof UserPoolType };

/** UpdateUserPool members that are not copied from Describe, and why. */
export const updateMembersNotFromDescribe: Readonly<Record<string, string>> = {
  UserPoolId: 'the key of the request: Describe returns it as Id',
};

/** Members Describe returns that UpdateUserPool cannot set, and why. */
export const readOnlyDescribeMembers: Readonly<Record<string, string>> = {
  Id: 'sent as UserPoolId, the key',
  Status: 'deprecated, read-only',
  CreationDate: 'read-only',
  LastModifiedDate: 'read-only',
  SchemaAttributes: 'fixed at creation; AddCustomAttributes adds to it',
  AliasAttributes: 'fixed at creation',
  UsernameAttributes: 'fixed at creation',
  UsernameConfiguration: 'fixed at creation',
  EstimatedNumberOfUsers: 'read-only',
  SmsConfigurationFailure: 'read-only status',
  EmailConfigurationFailure: 'read-only status',
  Domain: 'set with CreateUserPoolDomain',
  CustomDomain: 'set with CreateUserPoolDomain',
  Arn: 'read-only',
};

type Settings = Record<string, unknown>;

const deprecatedMessageMembers = [
  'SmsVerificationMessage',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
] as const;

/**
 * AWS rejects AdminCreateUserConfig.UnusedAccountValidityDays alongside the password policy's
 * TemporaryPasswordValidityDays ("Please use TemporaryPasswordValidityDays in PasswordPolicy
 * instead of UnusedAccountValidityDays"), yet Describe returns both. The value moves to the
 * password policy when that has none, so nothing is lost.
 */
function dropUnusedAccountValidityDays(settings: Settings) {
  const config = settings.AdminCreateUserConfig as
    { UnusedAccountValidityDays?: number } | undefined;
  if (config?.UnusedAccountValidityDays === undefined) return;
  const days = config.UnusedAccountValidityDays;
  delete config.UnusedAccountValidityDays;
  const policies = (settings.Policies ?? {}) as { PasswordPolicy?: Settings };
  if (policies.PasswordPolicy?.TemporaryPasswordValidityDays === undefined) {
    settings.Policies = {
      ...policies,
      PasswordPolicy: { ...policies.PasswordPolicy, TemporaryPasswordValidityDays: days },
    };
  }
}

/**
 * DescribeUserPool output + the user's edits -> UpdateUserPool input. UpdateUserPool resets every
 * setting it does not receive (cognito-behaviour.md 1-4), so the request carries everything
 * Describe returned that the user did not change; read-only members are left out. Two members of
 * Describe are not sent back as they are:
 * - the deprecated SmsVerificationMessage, EmailVerificationMessage and EmailVerificationSubject
 *   when VerificationMessageTemplate is set (it holds the same messages; sending both in link mode
 *   fails with "The message is invalid");
 * - AdminCreateUserConfig.UnusedAccountValidityDays (see dropUnusedAccountValidityDays).
 * DeviceConfiguration is sent only when Describe returned it or the user set it: sending it turns
 * device tracking on.
 */
export function toUpdateUserPoolInput(
  described: UserPoolType,
  edits: UserPoolEdits,
): UpdateUserPoolRequest {
  if (!described.Id) throw new Error('The described user pool has no Id.');
  const settings: Settings = {};
  for (const [member, source] of Object.entries(updateMemberSources)) {
    const value =
      member in edits
        ? edits[member as keyof UserPoolEdits]
        : described[source as keyof UserPoolType];
    if (value !== undefined && value !== null) settings[member] = structuredClone(value);
  }
  if (settings.VerificationMessageTemplate !== undefined) {
    for (const member of deprecatedMessageMembers) {
      if (!(member in edits)) delete settings[member];
    }
  }
  dropUnusedAccountValidityDays(settings);
  return { UserPoolId: described.Id, ...(settings as UserPoolSettings) };
}

export interface FieldChange {
  /** Dotted path from the request's top, e.g. `Policies.PasswordPolicy.MinimumLength`. */
  path: string;
  before: unknown;
  after: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/**
 * The fields that differ between two requests (or any two settings objects), down to the leaves of
 * nested structures; lists and tag maps are compared as a whole list, and a map's keys form
 * paths. For the "fields that will change" preview.
 */
export function diffUserPoolUpdate(before: object, after: object): FieldChange[] {
  const changes: FieldChange[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const key of keys) walk(a[key], b[key], path ? `${path}.${key}` : key);
      return;
    }
    if (!sameValue(a, b)) changes.push({ path, before: a, after: b });
  };
  walk(before, after, '');
  return changes;
}
