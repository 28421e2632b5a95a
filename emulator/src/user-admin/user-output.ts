import type { UserRecord } from '../store/types.ts';

export interface MfaOption {
  DeliveryMedium: string;
  AttributeName: string;
}

/** Per-user extras this module keeps in UserRecord.extra. */
export interface UserExtras {
  mfaOptions?: MfaOption[];
  devices?: DeviceRecord[];
  /** Set by the MFA-preference operations (another module): preferred and enabled methods. */
  preferredMfa?: string;
  mfaMethods?: string[];
  /** AdminResetUserPassword's code, for ConfirmForgotPassword to check. */
  passwordResetCode?: { code: string; expiresAt: number };
  /** Codes sent to verify a changed email or phone, for VerifyUserAttribute to check. */
  verificationCodes?: Record<string, { code: string; expiresAt: number }>;
}

export interface DeviceRecord {
  DeviceKey: string;
  DeviceAttributes: { Name: string; Value: string }[];
  DeviceCreateDate: number;
  DeviceLastModifiedDate: number;
  DeviceLastAuthenticatedDate?: number;
}

export const extrasOf = (user: UserRecord): UserExtras => (user.extra ??= {}) as UserExtras;

const readExtras = (user: UserRecord): UserExtras => (user.extra ?? {}) as UserExtras;

/** A user as ListUsers returns it (UserType). */
export function userType(user: UserRecord, attributesToGet?: string[]) {
  const extras = readExtras(user);
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
    ...(extras.mfaOptions?.length ? { MFAOptions: extras.mfaOptions.map((o) => ({ ...o })) } : {}),
  };
}

/** AdminGetUser's answer: the attributes under UserAttributes, plus MFA settings. */
export function adminGetUserOutput(user: UserRecord) {
  const { Attributes, ...rest } = userType(user);
  const extras = readExtras(user);
  return {
    ...rest,
    UserAttributes: Attributes,
    ...(extras.preferredMfa ? { PreferredMfaSetting: extras.preferredMfa } : {}),
    ...(extras.mfaMethods?.length ? { UserMFASettingList: [...extras.mfaMethods] } : {}),
  };
}
