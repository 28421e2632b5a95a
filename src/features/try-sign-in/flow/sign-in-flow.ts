import { adminInitiateAuth } from '@/api/user-self/admin-initiate-auth';
import { adminRespondToAuthChallenge } from '@/api/user-self/admin-respond-to-auth-challenge';
import { confirmDevice } from '@/api/user-self/confirm-device';
import { initiateAuth } from '@/api/user-self/initiate-auth';
import { respondToAuthChallenge } from '@/api/user-self/respond-to-auth-challenge';
import type { UserSelfContext } from '@/api/user-self/user-self-call';
import { createDeviceSecret } from '@/lib/srp/device-verifier';
import { createSrpClient, createSrpGroupClient, type SrpClient } from '@/lib/srp/srp';
import { toAuthStep, type AuthStep, type NewDevice } from '@/lib/try-sign-in/auth-step';
import type { SignInMethod } from '@/lib/try-sign-in/client-flows';
import { secretHash } from '@/lib/try-sign-in/secret-hash';

/** The app client a test runs through; the secret (if any) is typed by the admin and kept nowhere else. */
export interface FlowClient {
  ctx: UserSelfContext;
  clientSecret?: string;
}

/** A device this page confirmed: its SRP secret lives in the page's memory only. */
export interface RememberedDevice {
  deviceKey: string;
  deviceGroupKey: string;
  devicePassword: string;
}

/** A challenge the person at the keyboard answers (device challenges are answered for them). */
export interface UserChallenge {
  name: string;
  session?: string;
  parameters: Record<string, string>;
  /** The USERNAME to send back (Cognito's USER_ID_FOR_SRP when it gives one). */
  username: string;
  method: SignInMethod;
}

export type FlowStep =
  | {
      kind: 'tokens';
      step: Extract<AuthStep, { kind: 'tokens' }>;
      username: string;
      method: SignInMethod;
    }
  | { kind: 'challenge'; challenge: UserChallenge };

/** Adds SECRET_HASH when the client has a secret. */
export function withSecretHash(
  client: FlowClient,
  username: string,
  params: Record<string, string>,
): Record<string, string> {
  return client.clientSecret
    ? {
        ...params,
        SECRET_HASH: secretHash(client.clientSecret, username, client.ctx.clientId),
      }
    : params;
}

/** The SecretHash field of SignUp, ConfirmSignUp, ForgotPassword… when the client has a secret. */
export function secretHashField(client: FlowClient, username: string) {
  return client.clientSecret
    ? { SecretHash: secretHash(client.clientSecret, username, client.ctx.clientId) }
    : {};
}

async function respond(
  client: FlowClient,
  method: SignInMethod,
  challengeName: string,
  session: string | undefined,
  responses: Record<string, string>,
) {
  const input = {
    ChallengeName: challengeName as never,
    Session: session,
    ChallengeResponses: responses,
  };
  return method === 'admin'
    ? adminRespondToAuthChallenge(client.ctx, input)
    : respondToAuthChallenge(client.ctx, input);
}

interface Exchange {
  client: FlowClient;
  method: SignInMethod;
  username: string;
  password?: string;
  srp?: SrpClient;
  device?: RememberedDevice;
}

/**
 * Follows the answers Cognito sends: the SRP and device steps are computed here, any other
 * challenge goes to the person at the keyboard.
 */
async function follow(
  exchange: Exchange,
  answer: Parameters<typeof toAuthStep>[0],
): Promise<FlowStep> {
  const { client, method, device } = exchange;
  let step = toAuthStep(answer);
  for (;;) {
    if (step.kind === 'tokens') {
      return { kind: 'tokens', step, username: exchange.username, method };
    }
    const params = step.parameters;
    const username = params.USER_ID_FOR_SRP ?? params.USERNAME ?? exchange.username;
    const deviceKey: Record<string, string> = device ? { DEVICE_KEY: device.deviceKey } : {};
    if (step.name === 'PASSWORD_VERIFIER' && exchange.srp && exchange.password !== undefined) {
      const claim = exchange.srp.passwordClaim({
        userIdForSrp: params.USER_ID_FOR_SRP ?? username,
        password: exchange.password,
        srpB: params.SRP_B ?? '',
        salt: params.SALT ?? '',
        secretBlock: params.SECRET_BLOCK ?? '',
      });
      const responses = withSecretHash(client, username, {
        USERNAME: username,
        ...claim,
        ...deviceKey,
      });
      step = toAuthStep(await respond(client, method, step.name, step.session, responses));
    } else if (step.name === 'DEVICE_SRP_AUTH' && device) {
      exchange.srp = createSrpGroupClient(device.deviceGroupKey);
      const responses = withSecretHash(client, username, {
        USERNAME: username,
        DEVICE_KEY: device.deviceKey,
        SRP_A: exchange.srp.srpA,
      });
      step = toAuthStep(await respond(client, method, step.name, step.session, responses));
    } else if (step.name === 'DEVICE_PASSWORD_VERIFIER' && device && exchange.srp) {
      const claim = exchange.srp.passwordClaim({
        userIdForSrp: device.deviceKey,
        password: device.devicePassword,
        srpB: params.SRP_B ?? '',
        salt: params.SALT ?? '',
        secretBlock: params.SECRET_BLOCK ?? '',
      });
      const responses = withSecretHash(client, username, {
        USERNAME: username,
        DEVICE_KEY: device.deviceKey,
        ...claim,
      });
      step = toAuthStep(await respond(client, method, step.name, step.session, responses));
    } else {
      return {
        kind: 'challenge',
        challenge: { name: step.name, session: step.session, parameters: params, username, method },
      };
    }
  }
}

/** Starts a sign-in with the chosen method; a remembered device of the user goes along. */
export async function startSignIn(
  client: FlowClient,
  method: SignInMethod,
  username: string,
  password: string,
  device?: RememberedDevice,
): Promise<FlowStep> {
  const deviceKey: Record<string, string> = device ? { DEVICE_KEY: device.deviceKey } : {};
  const exchange: Exchange = { client, method, username, password, device };
  if (method === 'srp') {
    exchange.srp = createSrpClient(client.ctx.poolId);
    const params = withSecretHash(client, username, {
      USERNAME: username,
      SRP_A: exchange.srp.srpA,
      ...deviceKey,
    });
    return follow(
      exchange,
      await initiateAuth(client.ctx, { AuthFlow: 'USER_SRP_AUTH', AuthParameters: params }),
    );
  }
  const params = withSecretHash(client, username, {
    USERNAME: username,
    PASSWORD: password,
    ...deviceKey,
  });
  const answer =
    method === 'admin'
      ? await adminInitiateAuth(client.ctx, {
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: params,
        })
      : await initiateAuth(client.ctx, { AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: params });
  return follow(exchange, answer);
}

/** Answers a challenge the person answered (new password, MFA code, MFA choice, MFA set-up). */
export async function answerChallenge(
  client: FlowClient,
  challenge: UserChallenge,
  responses: Record<string, string>,
  session = challenge.session,
  device?: RememberedDevice,
): Promise<FlowStep> {
  const all = withSecretHash(client, challenge.username, {
    USERNAME: challenge.username,
    ...(device ? { DEVICE_KEY: device.deviceKey } : {}),
    ...responses,
  });
  const answer = await respond(client, challenge.method, challenge.name, session, all);
  return follow({ client, method: challenge.method, username: challenge.username, device }, answer);
}

/** REFRESH_TOKEN_AUTH: new ID and access tokens for the refresh token. */
export async function refreshSession(
  client: FlowClient,
  username: string,
  refreshToken: string,
  device?: RememberedDevice,
) {
  const params = withSecretHash(client, username, {
    REFRESH_TOKEN: refreshToken,
    ...(device ? { DEVICE_KEY: device.deviceKey } : {}),
  });
  return toAuthStep(
    await initiateAuth(client.ctx, { AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: params }),
  );
}

/**
 * Confirms the device Cognito just started tracking, with a verifier made from a random device
 * password that stays in this page. Answers whether the user must still choose to remember it.
 */
export async function confirmNewDevice(
  client: FlowClient,
  accessToken: string,
  device: NewDevice,
): Promise<{ device: RememberedDevice; userConfirmationNecessary: boolean }> {
  const secret = createDeviceSecret(device.deviceGroupKey, device.deviceKey);
  const output = await confirmDevice(client.ctx, {
    AccessToken: accessToken,
    DeviceKey: device.deviceKey,
    DeviceSecretVerifierConfig: secret.verifierConfig,
    DeviceName: 'Console Try sign-in',
  });
  return {
    device: { ...device, devicePassword: secret.devicePassword },
    userConfirmationNecessary: output.UserConfirmationNecessary === true,
  };
}
