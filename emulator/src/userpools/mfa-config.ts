import type { RequestContext } from '../protocol/context.ts';
import type { MfaConfigRecord } from '../store/types.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { epochSeconds, getPool } from './pool-store.ts';

interface MfaConfigInput {
  UserPoolId: string;
  MfaConfiguration?: 'OFF' | 'ON' | 'OPTIONAL';
  SmsMfaConfiguration?: {
    SmsAuthenticationMessage?: string;
    SmsConfiguration?: { SnsCallerArn?: string; ExternalId?: string; SnsRegion?: string };
  };
  SoftwareTokenMfaConfiguration?: { Enabled?: boolean };
  EmailMfaConfiguration?: { Message?: string; Subject?: string };
  WebAuthnConfiguration?: Record<string, unknown>;
}

const NO_MFA: MfaConfigRecord = { SoftwareTokenMfaConfiguration: { Enabled: false } };

/** GetUserPoolMfaConfig: what SetUserPoolMfaConfig last stored, and the pool's MfaConfiguration. */
export function getUserPoolMfaConfig(input: { UserPoolId: string }, ctx: RequestContext) {
  const record = getPool(ctx, input.UserPoolId);
  return {
    ...structuredClone(record.mfaConfig ?? NO_MFA),
    MfaConfiguration: record.pool.MfaConfiguration ?? 'OFF',
  };
}

/**
 * SetUserPoolMfaConfig replaces the whole MFA configuration: a factor the request leaves out is
 * turned off. MFA ON or OPTIONAL needs at least one factor; SMS needs an SMS configuration (in the
 * request or the pool); email MFA needs the pool to send with Amazon SES (EmailSendingAccount
 * DEVELOPER), as AWS requires.
 */
export function setUserPoolMfaConfig(input: MfaConfigInput, ctx: RequestContext) {
  const record = getPool(ctx, input.UserPoolId);
  const mfa = input.MfaConfiguration ?? 'OFF';
  type SmsConfiguration = NonNullable<MfaConfigInput['SmsMfaConfiguration']>['SmsConfiguration'];
  const smsConfiguration =
    input.SmsMfaConfiguration?.SmsConfiguration ??
    (record.pool.SmsConfiguration as SmsConfiguration | undefined);
  const sms = input.SmsMfaConfiguration !== undefined;
  const totp = input.SoftwareTokenMfaConfiguration?.Enabled === true;
  const email = input.EmailMfaConfiguration !== undefined;

  if (sms && !smsConfiguration?.SnsCallerArn) {
    throw invalidParameter('SMS configuration is required to enable SMS MFA.');
  }
  const emailAccount = (record.pool.EmailConfiguration as { EmailSendingAccount?: string })
    ?.EmailSendingAccount;
  if (email && emailAccount !== 'DEVELOPER') {
    throw invalidParameter(
      'Email MFA requires an email configuration that sends with Amazon SES (EmailSendingAccount DEVELOPER).',
    );
  }
  if (mfa !== 'OFF' && !sms && !totp && !email) {
    throw invalidParameter(
      'At least one MFA factor (SMS, software token or email) must be enabled when MfaConfiguration is ON or OPTIONAL.',
    );
  }

  const stored: MfaConfigRecord = {
    SoftwareTokenMfaConfiguration: { Enabled: totp },
    ...(sms && {
      SmsMfaConfiguration: { ...input.SmsMfaConfiguration, SmsConfiguration: smsConfiguration },
    }),
    ...(email && { EmailMfaConfiguration: input.EmailMfaConfiguration }),
    ...(input.WebAuthnConfiguration && { WebAuthnConfiguration: input.WebAuthnConfiguration }),
  };
  record.mfaConfig = stored;
  record.pool.MfaConfiguration = mfa;
  if (sms && input.SmsMfaConfiguration?.SmsAuthenticationMessage) {
    record.pool.SmsAuthenticationMessage = input.SmsMfaConfiguration.SmsAuthenticationMessage;
  }
  record.pool.LastModifiedDate = epochSeconds(ctx.now);
  ctx.store.touch('pool', record.pool.Id);
  return { ...structuredClone(stored), MfaConfiguration: mfa };
}
