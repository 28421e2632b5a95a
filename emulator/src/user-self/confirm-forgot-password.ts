import type { RequestContext } from '../protocol/context.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { assertPasswordConforms, passwordRecord } from '../users/password.ts';
import { codeMismatch } from './codes.ts';
import { consumeCode } from './consume-code.ts';
import { clientAndUser, hidesUserExistence, noSuchUser } from './public-client.ts';

interface ConfirmForgotPasswordInput {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  ConfirmationCode: string;
  Password: string;
}

/** The reset code and a new password (held to the pool's policy): the user is CONFIRMED again. */
export function confirmForgotPassword(input: ConfirmForgotPasswordInput, ctx: RequestContext) {
  const target = clientAndUser(ctx, input);
  const { pool, user } = target;
  if (!user) throw hidesUserExistence(target) ? codeMismatch() : noSuchUser();
  assertPasswordConforms(pool, input.Password);
  consumeCode(ctx, pool, user, user.passwordResetCode, input.ConfirmationCode);
  updateUser(ctx, pool, user, () => {
    user.password = passwordRecord(pool.pool.Id, user.Username, input.Password, false, ctx.now);
    if (user.UserStatus === 'RESET_REQUIRED' || user.UserStatus === 'FORCE_CHANGE_PASSWORD')
      user.UserStatus = 'CONFIRMED';
    delete user.passwordResetCode;
  });
  return {};
}
