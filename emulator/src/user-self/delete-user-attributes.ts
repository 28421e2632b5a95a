import type { RequestContext } from '../protocol/context.ts';
import { deleteAttributesOf } from '../user-admin/admin-delete-user-attributes.ts';
import { userOfAccessToken } from './access-token.ts';

export async function deleteUserAttributes(
  input: { AccessToken: string; UserAttributeNames: string[] },
  ctx: RequestContext,
) {
  const { pool, user } = await userOfAccessToken(ctx, input.AccessToken);
  deleteAttributesOf(ctx, pool, user, input.UserAttributeNames);
  return {};
}
