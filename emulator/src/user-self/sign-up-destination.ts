import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { getAttribute } from '../user-admin/attributes.ts';
import type { Destination } from './codes.ts';

/**
 * Where a sign-up code goes: to an attribute the pool verifies automatically (the phone when it
 * verifies both, as AWS sends by SMS then), provided the user gave one.
 */
export function signUpDestination(pool: UserPoolRecord, user: UserRecord): Destination | undefined {
  const autoVerified = (pool.pool.AutoVerifiedAttributes as string[] | undefined) ?? [];
  const phone = getAttribute(user, 'phone_number');
  if (autoVerified.includes('phone_number') && phone)
    return { to: phone, medium: 'SMS', attribute: 'phone_number' };
  const email = getAttribute(user, 'email');
  if (autoVerified.includes('email') && email)
    return { to: email, medium: 'EMAIL', attribute: 'email' };
  return undefined;
}
