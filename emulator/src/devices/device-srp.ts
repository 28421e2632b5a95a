import {
  incorrectCredentials,
  missingParameter,
  passwordResetRequired,
  userDisabled,
} from '../auth/auth-errors.ts';
import { seal, unseal } from '../auth/sealed.ts';
import { checkSecretHash } from '../auth/secret-hash.ts';
import { sessionExpiry, type ClientContext } from '../auth/sign-in.ts';
import { createServerEphemeral, verifyPasswordClaim } from '../auth/srp-server.ts';
import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized, resourceNotFound } from '../protocol/errors.ts';
import type { UserRecord } from '../store/types.ts';
import { issueTokens } from '../tokens/issue.ts';
import { findUser } from '../user-admin/find-user.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { rememberedDeviceVerifier } from './device-tracking.ts';
import type { DeviceSrpSession } from './sign-in-device.ts';

/** What DEVICE_PASSWORD_VERIFIER's SECRET_BLOCK carries, sealed. */
interface DeviceSecretBlock {
  kind: 'DEVICE_SRP';
  poolId: string;
  clientId: string;
  username: string;
  deviceKey: string;
  A: string;
  b: string;
  B: string;
  expires: number;
}

function required(responses: Record<string, string>, name: string): string {
  const value = responses[name];
  if (value === undefined || value === '') throw missingParameter(name);
  return value;
}

function assertCanSignIn(user: UserRecord): void {
  if (!user.Enabled) throw userDisabled();
  if (user.UserStatus === 'RESET_REQUIRED') throw passwordResetRequired();
}

/**
 * DEVICE_SRP_AUTH: the device sends SRP_A; the answer is DEVICE_PASSWORD_VERIFIER with the salt the
 * device registered in ConfirmDevice. The Session of the challenge is optional, as in AWS's SDKs
 * (amazon-cognito-identity-js answers without it); the device's own proof is what counts.
 */
export function respondDeviceSrpAuth(
  ctx: RequestContext,
  { pool, client }: ClientContext,
  sessionText: string | undefined,
  responses: Record<string, string>,
) {
  const name = required(responses, 'USERNAME');
  const deviceKey = required(responses, 'DEVICE_KEY');
  const srpA = required(responses, 'SRP_A');
  const user = findUser(pool, name);
  checkSecretHash(client, [name, ...(user ? [user.Username] : [])], responses.SECRET_HASH);
  if (sessionText) {
    const session = unseal<DeviceSrpSession>(sessionText);
    if (
      !session ||
      session.kind !== 'DEVICE_SRP_AUTH' ||
      session.clientId !== client.ClientId ||
      session.username !== user?.Username ||
      session.deviceKey !== deviceKey
    ) {
      throw notAuthorized('Invalid session for the user.');
    }
    if (session.expires < ctx.now)
      throw notAuthorized('Invalid session for the user, session is expired.');
  }
  if (!user) throw incorrectCredentials();
  const verifier = rememberedDeviceVerifier(user, deviceKey);
  if (!verifier) throw resourceNotFound('Device does not exist.');
  assertCanSignIn(user);

  const { b, B } = createServerEphemeral(verifier.verifier);
  const block: DeviceSecretBlock = {
    kind: 'DEVICE_SRP',
    poolId: pool.pool.Id,
    clientId: client.ClientId,
    username: user.Username,
    deviceKey,
    A: srpA,
    b,
    B,
    expires: sessionExpiry(ctx, client),
  };
  return {
    ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
    ChallengeParameters: {
      USERNAME: user.Username,
      DEVICE_KEY: deviceKey,
      SALT: verifier.salt,
      SRP_B: B,
      SECRET_BLOCK: seal(block),
    },
  };
}

/**
 * DEVICE_PASSWORD_VERIFIER: the device's claim is checked as a password claim whose "pool name" is
 * the user's device group key and whose user is the device key. Tokens follow, without MFA.
 */
export async function respondDevicePasswordVerifier(
  ctx: RequestContext,
  { pool, client }: ClientContext,
  responses: Record<string, string>,
) {
  const name = required(responses, 'USERNAME');
  const secretBlock = required(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
  const signature = required(responses, 'PASSWORD_CLAIM_SIGNATURE');
  const timestamp = required(responses, 'TIMESTAMP');
  const deviceKey = required(responses, 'DEVICE_KEY');

  const block = unseal<DeviceSecretBlock>(secretBlock);
  if (
    !block ||
    block.kind !== 'DEVICE_SRP' ||
    block.clientId !== client.ClientId ||
    block.poolId !== pool.pool.Id ||
    block.deviceKey !== deviceKey
  ) {
    throw incorrectCredentials();
  }
  if (block.expires < ctx.now)
    throw notAuthorized('Invalid session for the user, session is expired.');
  const user = pool.users.get(block.username);
  checkSecretHash(client, [name, ...(user ? [user.Username] : [])], responses.SECRET_HASH);
  if (!user?.deviceGroupKey || findUser(pool, name)?.Username !== user.Username) {
    throw incorrectCredentials();
  }
  const verifier = rememberedDeviceVerifier(user, deviceKey);
  if (!verifier) throw resourceNotFound('Device does not exist.');

  const ok = verifyPasswordClaim({
    // The SRP helpers take the part of a pool id after its "_": a group key has none, so all of it.
    userPoolId: user.deviceGroupKey,
    userIdForSrp: deviceKey,
    verifierHex: verifier.verifier,
    A: block.A,
    b: block.b,
    B: block.B,
    secretBlock,
    timestamp,
    signature,
  });
  if (!ok) throw incorrectCredentials();
  assertCanSignIn(user);

  const device = user.devices!.find((d) => d.DeviceKey === deviceKey)!;
  updateUser(ctx, pool, user, () => (device.DeviceLastAuthenticatedDate = epochSeconds(ctx.now)), {
    stamp: false,
  });
  return {
    ChallengeParameters: {},
    AuthenticationResult: await issueTokens(ctx, pool, client.ClientId, user, {
      withRefreshToken: true,
      deviceKey,
    }),
  };
}
