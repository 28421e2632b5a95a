import type { RequestContext } from '../protocol/context.ts';
import { signOutEverywhere } from '../user-admin/admin-user-global-sign-out.ts';
import { userOfAccessToken } from './access-token.ts';

/** Ends every session of the signed-in user: refresh tokens refused, access tokens revoked. */
export async function globalSignOut(input: { AccessToken: string }, ctx: RequestContext) {
  const { pool, user } = await userOfAccessToken(ctx, input.AccessToken);
  signOutEverywhere(ctx, pool, user);
  return {};
}
