import type { UserPoolRecord } from '../store/types.ts';
import { recoveryMechanisms } from './recovery.ts';
import { maskedDestination } from './codes.ts';

/**
 * What ForgotPassword and ResendConfirmationCode answer for a user that does not exist when the
 * client prevents user existence errors: a plausible delivery, by the medium the pool would use
 * (its first recovery mechanism, or for sign-up codes the attributes it verifies).
 */
export function simulatedDelivery(
  pool: UserPoolRecord,
  name: string,
  purpose: 'sign-up' | 'recovery',
) {
  const autoVerified = (pool.pool.AutoVerifiedAttributes as string[] | undefined) ?? [];
  const bySms =
    purpose === 'recovery'
      ? recoveryMechanisms(pool)[0] === 'verified_phone_number'
      : autoVerified.includes('phone_number');
  if (bySms) {
    const to = /^\+\d{4,}$/.test(name) ? name : '+10000000000';
    return {
      Destination: maskedDestination({ to, medium: 'SMS' }),
      DeliveryMedium: 'SMS',
      AttributeName: 'phone_number',
    };
  }
  const to = name.includes('@') ? name : `${name}@example.com`;
  return {
    Destination: maskedDestination({ to, medium: 'EMAIL' }),
    DeliveryMedium: 'EMAIL',
    AttributeName: 'email',
  };
}
