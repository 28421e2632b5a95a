import * as z from 'zod';
import type { UserPool } from '@/api/pools/describe-user-pool';
import type { UserPoolMfaConfig } from '@/api/pools/get-user-pool-mfa-config';
import type { SetUserPoolMfaConfigInput } from '@/api/pools/set-user-pool-mfa-config';
import { messageTemplateProblem } from '@/lib/user-pools/message-templates';
import { optionalText } from './form-values';

export const mfaModes = [
  { value: 'OFF', label: 'Off' },
  { value: 'OPTIONAL', label: 'Optional (each user chooses)' },
  { value: 'ON', label: 'Required for every user' },
] as const;

function smsConfigurationOf(pool: UserPool, config: UserPoolMfaConfig) {
  return config.SmsMfaConfiguration?.SmsConfiguration ?? pool.SmsConfiguration;
}

export function mfaSchema(pool: UserPool, config: UserPoolMfaConfig) {
  const hasSms = Boolean(smsConfigurationOf(pool, config)?.SnsCallerArn);
  const hasEmailFactor = config.EmailMfaConfiguration !== undefined;
  return z
    .object({
      mode: z.enum(['OFF', 'OPTIONAL', 'ON']),
      sms: z.boolean(),
      totp: z.boolean(),
      smsMessage: z.string(),
    })
    .superRefine((values, ctx) => {
      if (values.mode !== 'OFF' && !values.sms && !values.totp && !hasEmailFactor) {
        ctx.addIssue({
          code: 'custom',
          path: ['mode'],
          message: 'Turn on SMS or an authenticator app: MFA needs at least one factor.',
        });
      }
      if (values.sms && !hasSms) {
        ctx.addIssue({
          code: 'custom',
          path: ['sms'],
          message: 'SMS needs an SNS role: set it under Messages → SMS first.',
        });
      }
      const problem =
        values.smsMessage === ''
          ? null
          : messageTemplateProblem('SmsAuthenticationMessage', values.smsMessage);
      if (problem) ctx.addIssue({ code: 'custom', path: ['smsMessage'], message: problem });
    });
}

export type MfaValues = z.infer<ReturnType<typeof mfaSchema>>;

export function toMfaValues(pool: UserPool, config: UserPoolMfaConfig): MfaValues {
  return {
    mode: config.MfaConfiguration ?? pool.MfaConfiguration ?? 'OFF',
    sms: config.SmsMfaConfiguration !== undefined,
    totp: config.SoftwareTokenMfaConfiguration?.Enabled === true,
    smsMessage:
      config.SmsMfaConfiguration?.SmsAuthenticationMessage ?? pool.SmsAuthenticationMessage ?? '',
  };
}

/**
 * SetUserPoolMfaConfig replaces the whole configuration, so the factors the form does not show
 * (email, passkeys) are sent back as GetUserPoolMfaConfig returned them.
 */
export function toSetMfaConfigInput(
  pool: UserPool,
  config: UserPoolMfaConfig,
  values: MfaValues,
): SetUserPoolMfaConfigInput {
  return {
    UserPoolId: pool.Id ?? '',
    MfaConfiguration: values.mode,
    SoftwareTokenMfaConfiguration: { Enabled: values.totp },
    ...(values.sms && {
      SmsMfaConfiguration: {
        ...config.SmsMfaConfiguration,
        SmsAuthenticationMessage: optionalText(values.smsMessage),
        SmsConfiguration: smsConfigurationOf(pool, config),
      },
    }),
    ...(config.EmailMfaConfiguration && { EmailMfaConfiguration: config.EmailMfaConfiguration }),
    ...(config.WebAuthnConfiguration && { WebAuthnConfiguration: config.WebAuthnConfiguration }),
  };
}

export const mfaErrorFields = {
  SmsAuthenticationMessage: 'smsMessage',
  SmsConfiguration: 'sms',
  SmsMfaConfiguration: 'sms',
  MfaConfiguration: 'mode',
} as const satisfies Record<string, keyof MfaValues>;
