import type { RequestContext } from '../protocol/context.ts';
import { forgetDevice as removeDevice } from '../user-admin/device-store.ts';
import { ownDevice } from './own-device.ts';

export async function forgetDevice(
  input: { AccessToken?: string; DeviceKey: string },
  ctx: RequestContext,
) {
  const { pool, user } = await ownDevice(ctx, input.AccessToken, input.DeviceKey);
  removeDevice(ctx, pool, user, input.DeviceKey);
  return {};
}
