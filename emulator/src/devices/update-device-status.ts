import type { RequestContext } from '../protocol/context.ts';
import { setRememberedStatus, type RememberedStatus } from '../user-admin/device-store.ts';
import { ownDevice } from './own-device.ts';

export async function updateDeviceStatus(
  input: { AccessToken: string; DeviceKey: string; DeviceRememberedStatus?: RememberedStatus },
  ctx: RequestContext,
) {
  const { pool, user, device } = await ownDevice(ctx, input.AccessToken, input.DeviceKey);
  setRememberedStatus(ctx, pool, user, device, input.DeviceRememberedStatus ?? 'not_remembered');
  return {};
}
