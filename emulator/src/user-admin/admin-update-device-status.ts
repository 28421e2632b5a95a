import type { RequestContext } from '../protocol/context.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { requireDevice, type DeviceInput } from './device-store.ts';
import { requireUser } from './find-user.ts';
import { updateUser } from './write-user.ts';

export function adminUpdateDeviceStatus(
  input: DeviceInput & { DeviceRememberedStatus?: 'remembered' | 'not_remembered' },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const device = requireDevice(user, input.DeviceKey);
  const status = input.DeviceRememberedStatus ?? 'not_remembered';
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
  return {};
}
