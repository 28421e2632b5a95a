import { incorrectCredentials } from '../auth/auth-errors.ts';
import { createVerifier } from '../auth/srp-server.ts';
import type { RequestContext } from '../protocol/context.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { assertPasswordConforms, passwordRecord } from '../users/password.ts';
import { userOfAccessToken } from './access-token.ts';

interface ChangePasswordInput {
  AccessToken: string;
  PreviousPassword?: string;
  ProposedPassword: string;
}

/** A signed-in user changes their password: the previous one must be right, the new one conform. */
export async function changePassword(input: ChangePasswordInput, ctx: RequestContext) {
  const { pool, user } = await userOfAccessToken(ctx, input.AccessToken);
  assertPasswordConforms(pool, input.ProposedPassword);
  const stored = user.password;
  if (stored) {
    const { verifier } = createVerifier(
      pool.pool.Id,
      user.Username,
      input.PreviousPassword ?? '',
      stored.salt,
    );
    if (verifier !== stored.verifier) throw incorrectCredentials();
  }
  updateUser(ctx, pool, user, () => {
    user.password = passwordRecord(
      pool.pool.Id,
      user.Username,
      input.ProposedPassword,
      false,
      ctx.now,
    );
  });
  return {};
}
