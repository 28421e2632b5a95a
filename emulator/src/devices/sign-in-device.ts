import { randomUUID } from 'node:crypto';
import { sessionExpiry, type ClientContext } from '../auth/sign-in.ts';
import { seal } from '../auth/sealed.ts';
import type { RequestContext } from '../protocol/context.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { issueTokens, type AuthenticationResult } from '../tokens/issue.ts';
import {
  deviceGroupKeyOf,
  newDeviceKey,
  rememberedDevicesSkipMfa,
  rememberedDeviceVerifier,
  tracksDevices,
} from './device-tracking.ts';

/** What a DEVICE_SRP_AUTH Session carries. */
export interface DeviceSrpSession {
  kind: 'DEVICE_SRP_AUTH';
  id: string;
  poolId: string;
  clientId: string;
  username: string;
  deviceKey: string;
  expires: number;
}

/**
 * Once the password is proven on a remembered device (its key in DEVICE_KEY), the pool asks the
 * device to prove itself with DEVICE_SRP_AUTH in place of MFA; undefined when it does not.
 */
export function rememberedDeviceChallenge(
  ctx: RequestContext,
  { pool, client }: ClientContext,
  user: UserRecord,
  deviceKey: string | undefined,
) {
  if (!deviceKey || !tracksDevices(pool) || !rememberedDevicesSkipMfa(pool)) return undefined;
  if (!rememberedDeviceVerifier(user, deviceKey)) return undefined;
  const session: DeviceSrpSession = {
    kind: 'DEVICE_SRP_AUTH',
    id: randomUUID(),
    poolId: pool.pool.Id,
    clientId: client.ClientId,
    username: user.Username,
    deviceKey,
    expires: sessionExpiry(ctx, client),
  };
  return {
    ChallengeName: 'DEVICE_SRP_AUTH',
    Session: seal(session),
    ChallengeParameters: { USERNAME: user.Username, DEVICE_KEY: deviceKey },
  };
}

/**
 * Tokens that end a sign-in. In a pool that tracks devices, a sign-in from a device the user has
 * confirmed carries that device's key; any other gets a new key in NewDeviceMetadata, for
 * ConfirmDevice.
 */
export async function issueSignInTokens(
  ctx: RequestContext,
  pool: UserPoolRecord,
  clientId: string,
  user: UserRecord,
  deviceKey: string | undefined,
): Promise<AuthenticationResult & { NewDeviceMetadata?: object }> {
  if (!tracksDevices(pool))
    return issueTokens(ctx, pool, clientId, user, { withRefreshToken: true });
  if (deviceKey && user.devices?.some((d) => d.DeviceKey === deviceKey)) {
    return issueTokens(ctx, pool, clientId, user, { withRefreshToken: true, deviceKey });
  }
  const DeviceGroupKey = deviceGroupKeyOf(ctx, pool, user);
  const DeviceKey = newDeviceKey(pool);
  const tokens = await issueTokens(ctx, pool, clientId, user, {
    withRefreshToken: true,
    deviceKey: DeviceKey,
  });
  return { ...tokens, NewDeviceMetadata: { DeviceKey, DeviceGroupKey } };
}
