import { randomBytes, randomUUID } from 'node:crypto';
import type { RequestContext } from '../protocol/context.ts';
import type { DeviceVerifierRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import { rememberedStatusOf } from '../user-admin/device-store.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { regionOfPool } from '../userpools/pool-store.ts';

interface DeviceConfiguration {
  ChallengeRequiredOnNewDevice?: boolean;
  DeviceOnlyRememberedOnUserPrompt?: boolean;
}

function deviceConfigurationOf(pool: UserPoolRecord): DeviceConfiguration {
  return (pool.pool.DeviceConfiguration as DeviceConfiguration | undefined) ?? {};
}

/** Any property of DeviceConfiguration set turns device tracking on (API_DeviceConfigurationType). */
export function tracksDevices(pool: UserPoolRecord): boolean {
  const config = deviceConfigurationOf(pool);
  return (
    config.ChallengeRequiredOnNewDevice !== undefined ||
    config.DeviceOnlyRememberedOnUserPrompt !== undefined
  );
}

/** ConfirmDevice leaves the device not remembered until the user says so (UpdateDeviceStatus). */
export function remembersOnlyOnPrompt(pool: UserPoolRecord): boolean {
  return deviceConfigurationOf(pool).DeviceOnlyRememberedOnUserPrompt === true;
}

/** A remembered device signs in with device SRP instead of an MFA code. */
export function rememberedDevicesSkipMfa(pool: UserPoolRecord): boolean {
  return deviceConfigurationOf(pool).ChallengeRequiredOnNewDevice === true;
}

/** "<region>_<uuid>", as NewDeviceMetadata.DeviceKey. */
export const newDeviceKey = (pool: UserPoolRecord) =>
  `${regionOfPool(pool.pool.Id)}_${randomUUID()}`;

const GROUP_KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * The user's device group key, made on their first tracked sign-in. It has no "_": device SRP uses
 * it whole where user SRP uses the part of the pool id after the "_".
 */
export function deviceGroupKeyOf(ctx: RequestContext, pool: UserPoolRecord, user: UserRecord) {
  if (user.deviceGroupKey) return user.deviceGroupKey;
  const key = `-${[...randomBytes(9)].map((b) => GROUP_KEY_ALPHABET[b % GROUP_KEY_ALPHABET.length]).join('')}`;
  updateUser(ctx, pool, user, () => (user.deviceGroupKey = key), { stamp: false });
  return key;
}

export function deviceVerifierOf(user: UserRecord, key: string): DeviceVerifierRecord | undefined {
  if (!user.devices?.some((d) => d.DeviceKey === key)) return undefined;
  return user.deviceVerifiers?.find((v) => v.DeviceKey === key);
}

/** A device of the user that ConfirmDevice gave a verifier and that is remembered. */
export function rememberedDeviceVerifier(
  user: UserRecord,
  key: string,
): DeviceVerifierRecord | undefined {
  const device = user.devices?.find((d) => d.DeviceKey === key);
  if (!device || rememberedStatusOf(device) !== 'remembered') return undefined;
  return deviceVerifierOf(user, key);
}
