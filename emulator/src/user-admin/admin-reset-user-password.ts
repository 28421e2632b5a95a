import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { newCode, sendCode, verifiedDestination } from './messages.ts';
import { updateUser } from './write-user.ts';

/** How long a reset code can be used (AWS: one hour). */
const CODE_TTL_SECONDS = 3600;

/** RESET_REQUIRED: sign-in now answers PasswordResetRequiredException until the code is used. */
export function adminResetUserPassword(
  input: { UserPoolId: string; Username: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const destination = verifiedDestination(user);
  if (!destination) {
    throw invalidParameter(
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  }
  const code = newCode();
  const now = epochSeconds(ctx.now);
  updateUser(ctx, pool, user, () => {
    user.UserStatus = 'RESET_REQUIRED';
    user.passwordResetCode = { code, expiresAt: Math.floor(now) + CODE_TTL_SECONDS };
  });
  sendCode(pool, user, destination, 'reset-code', code, now);
  return {};
}
