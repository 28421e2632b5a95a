import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter, notAuthorized } from '../protocol/errors.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { updateUser } from '../user-admin/write-user.ts';
import {
  codeDeliveryDetails,
  newCodeRecord,
  RESET_CODE_TTL_SECONDS,
  sendVerificationMessage,
} from './codes.ts';
import { clientAndUser, hidesUserExistence, noSuchUser } from './public-client.ts';
import { adminOnlyRecovery, recoveryDestination } from './recovery.ts';
import { simulatedDelivery } from './simulated-delivery.ts';

/**
 * A password reset code to the user's verified email or phone (AccountRecoverySetting decides
 * which). The user keeps signing in with the old password until ConfirmForgotPassword.
 */
export function forgotPassword(
  input: { ClientId: string; SecretHash?: string; Username: string },
  ctx: RequestContext,
) {
  const target = clientAndUser(ctx, input);
  const { pool, user } = target;
  if (adminOnlyRecovery(pool)) throw notAuthorized('Contact administrator to reset password.');
  if (!user) {
    if (hidesUserExistence(target))
      return { CodeDeliveryDetails: simulatedDelivery(pool, input.Username, 'recovery') };
    throw noSuchUser();
  }
  const destination = recoveryDestination(pool, user);
  if (!destination) {
    throw invalidParameter(
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  }
  const now = epochSeconds(ctx.now);
  const record = newCodeRecord(now, RESET_CODE_TTL_SECONDS, destination.attribute);
  updateUser(
    ctx,
    pool,
    user,
    () => {
      user.passwordResetCode = record;
    },
    { stamp: false },
  );
  sendVerificationMessage(pool, user, destination, 'reset-code', record.code, now);
  return { CodeDeliveryDetails: codeDeliveryDetails(destination) };
}
