import type { UserRecord } from '../store/types.ts';

/** A user as ListUsers returns it (UserType). */
export function userType(user: UserRecord, attributesToGet?: string[]) {
  return {
    Username: user.Username,
    Attributes: (attributesToGet
      ? user.Attributes.filter((a) => attributesToGet.includes(a.Name))
      : user.Attributes
    ).map((a) => ({ ...a })),
    UserCreateDate: user.UserCreateDate,
    UserLastModifiedDate: user.UserLastModifiedDate,
    Enabled: user.Enabled,
    UserStatus: user.UserStatus,
    ...(user.mfaOptions?.length ? { MFAOptions: user.mfaOptions.map((o) => ({ ...o })) } : {}),
  };
}

/** AdminGetUser's answer: the attributes under UserAttributes, plus MFA settings. */
export function adminGetUserOutput(user: UserRecord) {
  const { Attributes, ...rest } = userType(user);
  return {
    ...rest,
    UserAttributes: Attributes,
    ...(user.preferredMfa ? { PreferredMfaSetting: user.preferredMfa } : {}),
    ...(user.mfaMethods?.length ? { UserMFASettingList: [...user.mfaMethods] } : {}),
  };
}
