import type {
  AuthenticationResultType,
  InitiateAuthResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSrpClient } from '@/lib/srp/srp';
import { errorName } from './errors';
import { getRuntimeConfig } from './runtime-config';
import { idTokenExpiry, type Tokens } from './tokens';
import { initiateAuth, respondToAuthChallenge, revokeToken } from './unsigned-calls';

/** The MFA challenges the console answers; their forms load only when one is asked. */
export type MfaChallengeName = 'MFA_SETUP' | 'SOFTWARE_TOKEN_MFA' | 'SMS_MFA' | 'SELECT_MFA_TYPE';

const MFA_CHALLENGES: readonly string[] = [
  'MFA_SETUP',
  'SOFTWARE_TOKEN_MFA',
  'SMS_MFA',
  'SELECT_MFA_TYPE',
] satisfies MfaChallengeName[];

export type SignInStep =
  | { kind: 'signed-in'; tokens: Tokens }
  | { kind: 'new-password'; session: string; username: string }
  | {
      kind: 'mfa';
      name: MfaChallengeName;
      session: string;
      username: string;
      parameters: Record<string, string>;
    };

class UnsupportedChallengeError extends Error {
  override name = 'UnsupportedChallengeError';
}

function toTokens(result: AuthenticationResultType | undefined, previousRefresh?: string): Tokens {
  const idToken = result?.IdToken;
  const accessToken = result?.AccessToken;
  const refreshToken = result?.RefreshToken ?? previousRefresh;
  if (!idToken || !accessToken || !refreshToken) {
    throw new Error('Cognito answered without the expected tokens.');
  }
  return { idToken, accessToken, refreshToken, idTokenExpiresAt: idTokenExpiry(idToken) };
}

export function nextStep(
  output: Pick<
    InitiateAuthResponse,
    'AuthenticationResult' | 'ChallengeName' | 'ChallengeParameters' | 'Session'
  >,
  username: string,
): SignInStep {
  if (output.AuthenticationResult) {
    return { kind: 'signed-in', tokens: toTokens(output.AuthenticationResult) };
  }
  if (output.ChallengeName === 'NEW_PASSWORD_REQUIRED' && output.Session) {
    return {
      kind: 'new-password',
      session: output.Session,
      username: output.ChallengeParameters?.USER_ID_FOR_SRP ?? username,
    };
  }
  if (output.ChallengeName && MFA_CHALLENGES.includes(output.ChallengeName) && output.Session) {
    const parameters = output.ChallengeParameters ?? {};
    return {
      kind: 'mfa',
      name: output.ChallengeName as MfaChallengeName,
      session: output.Session,
      username: parameters.USER_ID_FOR_SRP ?? username,
      parameters,
    };
  }
  throw new UnsupportedChallengeError(
    `This account needs the ${output.ChallengeName ?? 'unknown'} sign-in step, which the console does not support yet.`,
  );
}

/** AWS answers this when the app client does not allow a flow, e.g. "USER_SRP_AUTH is not enabled for the client." */
function isFlowNotEnabled(error: unknown): boolean {
  return (
    errorName(error) === 'InvalidParameterException' &&
    error instanceof Error &&
    /not (enabled|allowed|supported)/i.test(error.message) &&
    /flow|SRP|auth/i.test(error.message)
  );
}

async function signInWithSrp(email: string, password: string): Promise<SignInStep> {
  const { userPoolId, clientId } = getRuntimeConfig();
  const srp = createSrpClient(userPoolId);
  const started = await initiateAuth({
    AuthFlow: 'USER_SRP_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: email, SRP_A: srp.srpA },
  });
  if (started.ChallengeName !== 'PASSWORD_VERIFIER') return nextStep(started, email);
  const params = started.ChallengeParameters ?? {};
  const { USER_ID_FOR_SRP, USERNAME, SRP_B, SALT, SECRET_BLOCK } = params;
  if (!USER_ID_FOR_SRP || !SRP_B || !SALT || !SECRET_BLOCK) {
    throw new Error('Cognito sent an incomplete PASSWORD_VERIFIER challenge.');
  }
  const claim = srp.passwordClaim({
    userIdForSrp: USER_ID_FOR_SRP,
    password,
    srpB: SRP_B,
    salt: SALT,
    secretBlock: SECRET_BLOCK,
  });
  const verified = await respondToAuthChallenge({
    ClientId: clientId,
    ChallengeName: 'PASSWORD_VERIFIER',
    Session: started.Session,
    ChallengeResponses: { USERNAME: USERNAME ?? USER_ID_FOR_SRP, ...claim },
  });
  return nextStep(verified, USERNAME ?? USER_ID_FOR_SRP);
}

async function signInWithPassword(email: string, password: string): Promise<SignInStep> {
  const { clientId } = getRuntimeConfig();
  const output = await initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });
  return nextStep(output, email);
}

/**
 * A second identical call while the first is in flight shares it: a double submit of the sign-in
 * form must not start two SRP exchanges (their random SRP_A makes the requests differ, so the
 * client's single-flight of identical writes would not catch them).
 */
export function oncePerFlight<A extends string[], R>(
  run: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const inFlight = new Map<string, Promise<R>>();
  return (...args) => {
    const key = JSON.stringify(args);
    let pending = inFlight.get(key);
    if (!pending) {
      pending = run(...args).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };
}

/** SRP keeps the password off the wire; plain USER_PASSWORD_AUTH only if the app client refuses SRP. */
export const startSignIn = oncePerFlight(async (email: string, password: string) => {
  try {
    return await signInWithSrp(email, password);
  } catch (error) {
    if (isFlowNotEnabled(error)) return signInWithPassword(email, password);
    throw error;
  }
});

const respondWithNewPassword = oncePerFlight(
  async (session: string, username: string, newPassword: string) => {
    const { clientId } = getRuntimeConfig();
    const output = await respondToAuthChallenge({
      ClientId: clientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: session,
      ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
    });
    return nextStep(output, username);
  },
);

export function completeNewPassword(
  challenge: { session: string; username: string },
  newPassword: string,
): Promise<SignInStep> {
  return respondWithNewPassword(challenge.session, challenge.username, newPassword);
}

/** REFRESH_TOKEN_AUTH returns new ID and access tokens; the refresh token itself stays the same. */
export async function refreshTokens(refreshToken: string): Promise<Tokens> {
  const { clientId } = getRuntimeConfig();
  const output = await initiateAuth({
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: clientId,
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  return toTokens(output.AuthenticationResult, refreshToken);
}

/** How long sign-out waits for Cognito before clearing the tab anyway. */
const REVOKE_TIMEOUT_MS = 5_000;

/**
 * RevokeToken ends the refresh token (and the access tokens issued from it) at Cognito, so a copy
 * taken from this tab stops working at sign-out rather than up to 30 days later.
 */
export async function revokeRefreshToken(refreshToken: string): Promise<void> {
  const { clientId } = getRuntimeConfig();
  await revokeToken(
    { ClientId: clientId, Token: refreshToken },
    AbortSignal.timeout(REVOKE_TIMEOUT_MS),
  );
}
