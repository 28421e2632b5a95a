import { checkSecretHash } from '../auth/secret-hash.ts';
import { resolveClient, type ClientContext } from '../auth/sign-in.ts';
import type { RequestContext } from '../protocol/context.ts';
import { userNotFound } from '../protocol/errors.ts';
import type { UserRecord } from '../store/types.ts';
import { findUser } from '../user-admin/find-user.ts';

export const hidesUserExistence = (target: ClientContext) =>
  target.client.PreventUserExistenceErrors === 'ENABLED';

export const noSuchUser = () => userNotFound('Username/client id combination not found.');

/**
 * The app client an unsigned request names, its SECRET_HASH checked against the name given (and
 * the user's real username), and the user that name means, if any.
 */
export function clientAndUser(
  ctx: RequestContext,
  input: { ClientId: string; SecretHash?: string; Username: string },
): ClientContext & { user: UserRecord | undefined } {
  const target = resolveClient(ctx, input.ClientId);
  const user = findUser(target.pool, input.Username);
  checkSecretHash(
    target.client,
    [input.Username, ...(user ? [user.Username] : [])],
    input.SecretHash,
  );
  return { ...target, user };
}
