import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter, resourceNotFound } from '../protocol/errors.ts';
import { decodePageToken, encodePageToken } from '../paging/page-token.ts';
import type { DeviceRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { updateUser } from './write-user.ts';

export interface DeviceInput {
  UserPoolId: string;
  Username: string;
  DeviceKey: string;
}

export type RememberedStatus = 'remembered' | 'not_remembered';

export function requireDevice(user: UserRecord, key: string): DeviceRecord {
  const device = user.devices?.find((d) => d.DeviceKey === key);
  if (!device) throw resourceNotFound('Device does not exist.');
  return device;
}

export function rememberedStatusOf(device: DeviceRecord): string | undefined {
  return device.DeviceAttributes.find((a) => a.Name === 'device_remembered_status')?.Value;
}

/** One page of the user's devices, oldest first, then by key; the token carries the last key. */
export function listDevicesPage(
  user: UserRecord,
  scope: string,
  limit: number | undefined,
  paginationToken: string | undefined,
) {
  const devices = [...(user.devices ?? [])].sort(
    (a, b) => a.DeviceCreateDate - b.DeviceCreateDate || (a.DeviceKey < b.DeviceKey ? -1 : 1),
  );
  let start = 0;
  if (paginationToken !== undefined) {
    const key = decodePageToken(scope, paginationToken);
    if (typeof key !== 'string') throw invalidParameter('Invalid pagination token.');
    start = devices.findIndex((d) => d.DeviceKey === key) + 1;
  }
  const page = devices.slice(start, start + (limit || 60));
  const last = page.at(-1);
  return {
    Devices: structuredClone(page),
    ...(start + page.length < devices.length && last
      ? { PaginationToken: encodePageToken(scope, last.DeviceKey) }
      : {}),
  };
}

export function setRememberedStatus(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
  device: DeviceRecord,
  status: RememberedStatus,
): void {
  updateUser(
    ctx,
    pool,
    user,
    () => {
      device.DeviceAttributes = [
        ...device.DeviceAttributes.filter((a) => a.Name !== 'device_remembered_status'),
        { Name: 'device_remembered_status', Value: status },
      ];
      device.DeviceLastModifiedDate = epochSeconds(ctx.now);
    },
    { stamp: false },
  );
}

/**
 * Removes the device and its device SRP verifier, and ends the device's refresh tokens: with
 * device tracking, tokens are linked to one device, and forgetting it stops them renewing.
 */
export function forgetDevice(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
  key: string,
): void {
  const tokens = ctx.store.state.refreshTokens;
  for (const [token, record] of tokens) {
    if (
      record.deviceKey === key &&
      record.poolId === pool.pool.Id &&
      record.username === user.Username
    ) {
      tokens.delete(token);
      ctx.store.touch('refreshTokens', token);
    }
  }
  updateUser(
    ctx,
    pool,
    user,
    () => {
      user.devices = (user.devices ?? []).filter((d) => d.DeviceKey !== key);
      if (user.deviceVerifiers) {
        user.deviceVerifiers = user.deviceVerifiers.filter((v) => v.DeviceKey !== key);
      }
    },
    { stamp: false },
  );
}
