import { invalidParameter } from '../protocol/errors.ts';

/** The settings UpdateUserPool can change; everything else in a pool is fixed at creation. */
export const UPDATABLE_KEYS = [
  'Policies',
  'DeletionProtection',
  'LambdaConfig',
  'AutoVerifiedAttributes',
  'SmsVerificationMessage',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
  'VerificationMessageTemplate',
  'SmsAuthenticationMessage',
  'UserAttributeUpdateSettings',
  'MfaConfiguration',
  'DeviceConfiguration',
  'EmailConfiguration',
  'SmsConfiguration',
  'UserPoolTags',
  'AdminCreateUserConfig',
  'UserPoolAddOns',
  'AccountRecoverySetting',
  'UserPoolTier',
] as const;

type Config = Record<string, unknown>;

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  PasswordHistorySize?: number;
  TemporaryPasswordValidityDays: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};

function passwordPolicy(input: Partial<PasswordPolicy> | undefined): PasswordPolicy {
  if (!input) return { ...DEFAULT_PASSWORD_POLICY };
  // A policy that is sent replaces the old one: what it leaves out is off.
  const policy: PasswordPolicy = {
    MinimumLength: input.MinimumLength ?? 8,
    RequireUppercase: input.RequireUppercase ?? false,
    RequireLowercase: input.RequireLowercase ?? false,
    RequireNumbers: input.RequireNumbers ?? false,
    RequireSymbols: input.RequireSymbols ?? false,
    TemporaryPasswordValidityDays: input.TemporaryPasswordValidityDays ?? 7,
  };
  if (input.PasswordHistorySize !== undefined)
    policy.PasswordHistorySize = input.PasswordHistorySize;
  return policy;
}

function policies(input: Config | undefined): Config {
  const signIn = (input?.SignInPolicy as Config | undefined) ?? {
    AllowedFirstAuthFactors: ['PASSWORD'],
  };
  const factors = (signIn.AllowedFirstAuthFactors as string[] | undefined) ?? ['PASSWORD'];
  return {
    PasswordPolicy: passwordPolicy(input?.PasswordPolicy as Partial<PasswordPolicy> | undefined),
    SignInPolicy: { AllowedFirstAuthFactors: [...factors] },
  };
}

function verificationMessages(input: Config): Config {
  const template: Config = { ...((input.VerificationMessageTemplate as Config | undefined) ?? {}) };
  const out: Config = {};
  // The deprecated top-level fields and the template mirror each other.
  const pairs = [
    ['SmsVerificationMessage', 'SmsMessage'],
    ['EmailVerificationMessage', 'EmailMessage'],
    ['EmailVerificationSubject', 'EmailSubject'],
  ] as const;
  for (const [legacy, inTemplate] of pairs) {
    const value = template[inTemplate] ?? input[legacy];
    if (value !== undefined) {
      template[inTemplate] = value;
      out[legacy] = value;
    }
  }
  template.DefaultEmailOption ??= 'CONFIRM_WITH_CODE';
  if (
    template.DefaultEmailOption === 'CONFIRM_WITH_LINK' &&
    template.EmailMessageByLink !== undefined
  ) {
    if (!/\{##[\s\S]*##\}/.test(String(template.EmailMessageByLink))) {
      throw invalidParameter('The message is invalid');
    }
  }
  out.VerificationMessageTemplate = template;
  return out;
}

/**
 * The updatable settings from a CreateUserPool or UpdateUserPool request. On update (previous set),
 * what the request leaves out goes back to its default, as AWS does, except what AWS has been
 * measured to keep (Policies, MfaConfiguration, UserAttributeUpdateSettings, tags, tier).
 */
export function poolSettings(input: Config, previous?: Config): Config {
  const keep = (key: string) => (previous ? previous[key] : undefined);
  const out: Config = {};

  out.Policies = input.Policies
    ? policies(input.Policies as Config)
    : (keep('Policies') ?? policies(undefined));
  out.DeletionProtection = input.DeletionProtection ?? 'INACTIVE';
  out.LambdaConfig = input.LambdaConfig ?? {};
  if (input.AutoVerifiedAttributes !== undefined)
    out.AutoVerifiedAttributes = input.AutoVerifiedAttributes;
  Object.assign(out, verificationMessages(input));
  if (input.SmsAuthenticationMessage !== undefined)
    out.SmsAuthenticationMessage = input.SmsAuthenticationMessage;

  out.UserAttributeUpdateSettings = input.UserAttributeUpdateSettings ??
    keep('UserAttributeUpdateSettings') ?? { AttributesRequireVerificationBeforeUpdate: [] };
  const requireVerification =
    ((out.UserAttributeUpdateSettings as Config).AttributesRequireVerificationBeforeUpdate as
      string[] | undefined) ?? [];
  const autoVerified = (out.AutoVerifiedAttributes as string[] | undefined) ?? [];
  if (requireVerification.some((name) => !autoVerified.includes(name))) {
    throw invalidParameter(
      'All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes',
    );
  }

  out.MfaConfiguration = input.MfaConfiguration ?? keep('MfaConfiguration') ?? 'OFF';
  if (input.DeviceConfiguration !== undefined) out.DeviceConfiguration = input.DeviceConfiguration;
  out.EmailConfiguration = {
    EmailSendingAccount: 'COGNITO_DEFAULT',
    ...((input.EmailConfiguration as Config | undefined) ?? {}),
  };
  if (input.SmsConfiguration !== undefined) out.SmsConfiguration = input.SmsConfiguration;
  const tags = input.UserPoolTags ?? keep('UserPoolTags');
  if (tags !== undefined) out.UserPoolTags = tags;

  const passwordPolicyNow = (out.Policies as Config).PasswordPolicy as PasswordPolicy;
  const adminCreate = (input.AdminCreateUserConfig as Config | undefined) ?? {};
  out.AdminCreateUserConfig = {
    AllowAdminCreateUserOnly: adminCreate.AllowAdminCreateUserOnly ?? false,
    // Deprecated twin of TemporaryPasswordValidityDays: AWS reports the policy's value.
    UnusedAccountValidityDays: passwordPolicyNow.TemporaryPasswordValidityDays,
    ...(adminCreate.InviteMessageTemplate
      ? { InviteMessageTemplate: adminCreate.InviteMessageTemplate }
      : {}),
  };
  if (input.UserPoolAddOns !== undefined) out.UserPoolAddOns = input.UserPoolAddOns;
  if (input.AccountRecoverySetting !== undefined)
    out.AccountRecoverySetting = input.AccountRecoverySetting;
  out.UserPoolTier = input.UserPoolTier ?? keep('UserPoolTier') ?? 'ESSENTIALS';
  return out;
}
