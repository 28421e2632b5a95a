import type { RequestContext } from '../protocol/context.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { requireDevice, type DeviceInput } from './device-store.ts';
import { requireUser } from './find-user.ts';

export function adminUpdateDeviceStatus(
  input: DeviceInput & { DeviceRememberedStatus?: 'remembered' | 'not_remembered' },
  ctx: RequestContext,
) {
  const user = requireUser(getPool(ctx, input.UserPoolId), input.Username);
  const device = requireDevice(user, input.DeviceKey);
  const status = input.DeviceRememberedStatus ?? 'not_remembered';
  device.DeviceAttributes = [
    ...device.DeviceAttributes.filter((a) => a.Name !== 'device_remembered_status'),
    { Name: 'device_remembered_status', Value: status },
  ];
  device.DeviceLastModifiedDate = epochSeconds(ctx.now);
  ctx.store.changed();
  return {};
}
