/** InitiateAuth's and RespondToAuthChallenge's answer, in the structural shape this module reads. */
export interface AuthAnswer {
  AuthenticationResult?: {
    IdToken?: string;
    AccessToken?: string;
    RefreshToken?: string;
    NewDeviceMetadata?: { DeviceKey?: string; DeviceGroupKey?: string };
  };
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
}

export interface SignInTokens {
  idToken?: string;
  accessToken?: string;
  refreshToken?: string;
}

export interface NewDevice {
  deviceKey: string;
  deviceGroupKey: string;
}

export type AuthStep =
  | { kind: 'tokens'; tokens: SignInTokens; newDevice?: NewDevice }
  | { kind: 'challenge'; name: string; session?: string; parameters: Record<string, string> };

/** What the answer asks for next: tokens (with a device to confirm, maybe) or a challenge. */
export function toAuthStep(answer: AuthAnswer): AuthStep {
  const result = answer.AuthenticationResult;
  if (result) {
    const device = result.NewDeviceMetadata;
    return {
      kind: 'tokens',
      tokens: {
        idToken: result.IdToken,
        accessToken: result.AccessToken,
        refreshToken: result.RefreshToken,
      },
      ...(device?.DeviceKey && device.DeviceGroupKey
        ? { newDevice: { deviceKey: device.DeviceKey, deviceGroupKey: device.DeviceGroupKey } }
        : {}),
    };
  }
  if (!answer.ChallengeName)
    throw new Error('Cognito answered with neither tokens nor a challenge.');
  return {
    kind: 'challenge',
    name: answer.ChallengeName,
    session: answer.Session,
    parameters: answer.ChallengeParameters ?? {},
  };
}

/**
 * The MFA types a SELECT_MFA_TYPE or MFA_SETUP challenge offers: Cognito sends them as a JSON
 * array in a string (MFAS_CAN_CHOOSE, MFAS_CAN_SETUP).
 */
export function offeredMfaTypes(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** REFRESH_TOKEN_AUTH returns no refresh token: the one used stays valid. */
export function afterRefresh(previous: SignInTokens, fresh: SignInTokens): SignInTokens {
  return { ...fresh, refreshToken: fresh.refreshToken ?? previous.refreshToken };
}
