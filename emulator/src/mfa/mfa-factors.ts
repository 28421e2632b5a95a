import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { getAttribute } from '../user-admin/attributes.ts';

export type MfaMethod = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA';

export const poolMfaMode = (pool: UserPoolRecord) =>
  (pool.pool.MfaConfiguration as 'OFF' | 'ON' | 'OPTIONAL' | undefined) ?? 'OFF';

/**
 * The factors the pool offers. SMS is on when SetUserPoolMfaConfig turned it on, or, for a pool
 * created with MFA but never configured, when the pool has an SMS configuration (CreateUserPool's
 * only factor).
 */
export function poolFactors(pool: UserPoolRecord): MfaMethod[] {
  const factors: MfaMethod[] = [];
  const smsRole = (pool.pool.SmsConfiguration as { SnsCallerArn?: string } | undefined)
    ?.SnsCallerArn;
  const sms = pool.mfaConfig ? pool.mfaConfig.SmsMfaConfiguration !== undefined : !!smsRole;
  if (sms) factors.push('SMS_MFA');
  if (pool.mfaConfig?.SoftwareTokenMfaConfiguration?.Enabled) factors.push('SOFTWARE_TOKEN_MFA');
  return factors;
}

/**
 * The factors this user signs in with. A factor counts when the pool offers it and the user can
 * receive it: a phone number for SMS, a verified authenticator for TOTP. The user must have turned
 * it on (SetUserMFAPreference, or the legacy MFAOptions for SMS), except in a pool where MFA is
 * required: there a phone number or a verified authenticator is enough.
 */
export function userMfaMethods(pool: UserPoolRecord, user: UserRecord): MfaMethod[] {
  const mode = poolMfaMode(pool);
  if (mode === 'OFF') return [];
  const offered = poolFactors(pool);
  const chosen = user.mfaMethods ?? [];
  const methods: MfaMethod[] = [];
  const hasPhone = getAttribute(user, 'phone_number') !== undefined;
  const smsChosen = chosen.includes('SMS_MFA') || (user.mfaOptions?.length ?? 0) > 0;
  if (offered.includes('SMS_MFA') && hasPhone && (smsChosen || mode === 'ON')) {
    methods.push('SMS_MFA');
  }
  const hasToken = user.softwareToken?.secret !== undefined;
  if (
    offered.includes('SOFTWARE_TOKEN_MFA') &&
    hasToken &&
    (chosen.includes('SOFTWARE_TOKEN_MFA') || mode === 'ON')
  ) {
    methods.push('SOFTWARE_TOKEN_MFA');
  }
  return methods;
}
