import type { RequestContext } from '../protocol/context.ts';
import { deleteUser as removeUser } from '../user-admin/write-user.ts';
import { userOfAccessToken } from './access-token.ts';

/** The signed-in user deletes their own account; their tokens then name no one. */
export async function deleteUser(input: { AccessToken: string }, ctx: RequestContext) {
  const { pool, user } = await userOfAccessToken(ctx, input.AccessToken);
  removeUser(ctx, pool, user);
  return {};
}
