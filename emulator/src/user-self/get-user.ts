import type { RequestContext } from '../protocol/context.ts';
import { adminGetUserOutput } from '../user-admin/user-output.ts';
import { userOfAccessToken } from './access-token.ts';

/** The signed-in user's own profile: AdminGetUser's answer without status, dates or Enabled. */
export async function getUser(input: { AccessToken: string }, ctx: RequestContext) {
  const { user } = await userOfAccessToken(ctx, input.AccessToken);
  const { Username, UserAttributes, MFAOptions, PreferredMfaSetting, UserMFASettingList } =
    adminGetUserOutput(user) as ReturnType<typeof adminGetUserOutput> & {
      MFAOptions?: unknown;
      PreferredMfaSetting?: string;
      UserMFASettingList?: string[];
    };
  return { Username, UserAttributes, MFAOptions, PreferredMfaSetting, UserMFASettingList };
}
