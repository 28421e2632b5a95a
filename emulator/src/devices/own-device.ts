import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { requireDevice } from '../user-admin/device-store.ts';
import { userOfAccessToken, type TokenUser } from '../user-self/access-token.ts';

/**
 * The signed-in user of an access-token device operation. The model leaves AccessToken optional
 * on GetDevice and ForgetDevice, but nothing else can say whose device it is.
 */
export async function deviceOwner(
  ctx: RequestContext,
  accessToken: string | undefined,
): Promise<TokenUser> {
  if (!accessToken) {
    throw new AwsError('InvalidParameterException', 'Missing required parameter AccessToken');
  }
  return userOfAccessToken(ctx, accessToken);
}

export async function ownDevice(
  ctx: RequestContext,
  accessToken: string | undefined,
  deviceKey: string,
) {
  const owner = await deviceOwner(ctx, accessToken);
  return { ...owner, device: requireDevice(owner.user, deviceKey) };
}
