import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { updateUser } from '../user-admin/write-user.ts';
import {
  codeDeliveryDetails,
  newCodeRecord,
  sendVerificationMessage,
  VERIFICATION_CODE_TTL_SECONDS,
} from './codes.ts';
import { clientAndUser, hidesUserExistence, noSuchUser } from './public-client.ts';
import { simulatedDelivery } from './simulated-delivery.ts';
import { signUpDestination } from './sign-up-destination.ts';

/** A fresh sign-up code (the previous one stops working), to the same attribute as SignUp's. */
export function resendConfirmationCode(
  input: { ClientId: string; SecretHash?: string; Username: string },
  ctx: RequestContext,
) {
  const target = clientAndUser(ctx, input);
  const { pool, user } = target;
  if (!user) {
    if (hidesUserExistence(target))
      return { CodeDeliveryDetails: simulatedDelivery(pool, input.Username, 'sign-up') };
    throw noSuchUser();
  }
  if (user.UserStatus !== 'UNCONFIRMED') throw invalidParameter('User is already confirmed.');
  const destination = signUpDestination(pool, user);
  // Wording not documented by AWS; observed for pools without AutoVerifiedAttributes.
  if (!destination) throw invalidParameter('Cannot resend codes. Auto verification not turned on.');
  const now = epochSeconds(ctx.now);
  const record = newCodeRecord(now, VERIFICATION_CODE_TTL_SECONDS, destination.attribute);
  updateUser(
    ctx,
    pool,
    user,
    () => {
      user.signUpCode = record;
    },
    { stamp: false },
  );
  sendVerificationMessage(pool, user, destination, 'sign-up-code', record.code, now);
  return { CodeDeliveryDetails: codeDeliveryDetails(destination) };
}
