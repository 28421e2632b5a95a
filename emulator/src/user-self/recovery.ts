import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { getAttribute } from '../user-admin/attributes.ts';
import type { Destination } from './codes.ts';

type Mechanism = 'verified_email' | 'verified_phone_number' | 'admin_only';

/**
 * The pool's AccountRecoverySetting, by priority. Without one, AWS's legacy order: a verified
 * phone first, then a verified email.
 */
export function recoveryMechanisms(pool: UserPoolRecord): Mechanism[] {
  const setting = pool.pool.AccountRecoverySetting as
    { RecoveryMechanisms?: { Name: Mechanism; Priority: number }[] } | undefined;
  const mechanisms = setting?.RecoveryMechanisms;
  if (!mechanisms?.length) return ['verified_phone_number', 'verified_email'];
  return [...mechanisms].sort((a, b) => a.Priority - b.Priority).map((m) => m.Name);
}

/** Where a password reset code goes, by the pool's recovery priorities; undefined when nowhere. */
export function recoveryDestination(
  pool: UserPoolRecord,
  user: UserRecord,
): Destination | undefined {
  for (const mechanism of recoveryMechanisms(pool)) {
    const attribute = mechanism === 'verified_email' ? 'email' : 'phone_number';
    if (mechanism === 'admin_only') continue;
    const to = getAttribute(user, attribute);
    if (to && getAttribute(user, `${attribute}_verified`) === 'true')
      return { to, medium: attribute === 'email' ? 'EMAIL' : 'SMS', attribute };
  }
  return undefined;
}

export const adminOnlyRecovery = (pool: UserPoolRecord) =>
  recoveryMechanisms(pool)[0] === 'admin_only';
