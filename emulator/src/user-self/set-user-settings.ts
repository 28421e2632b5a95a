import type { RequestContext } from '../protocol/context.ts';
import type { MfaOption } from '../store/types.ts';
import { setMfaOptions } from '../user-admin/admin-set-user-settings.ts';
import { userOfAccessToken } from './access-token.ts';

/** The legacy MFAOptions setting, by the user themself. */
export async function setUserSettings(
  input: { AccessToken: string; MFAOptions: Partial<MfaOption>[] },
  ctx: RequestContext,
) {
  const { pool, user } = await userOfAccessToken(ctx, input.AccessToken);
  setMfaOptions(ctx, pool, user, input.MFAOptions);
  return {};
}
