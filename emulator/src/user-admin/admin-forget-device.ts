import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireDevice, type DeviceInput } from './device-store.ts';
import { requireUser } from './find-user.ts';
import { updateUser } from './write-user.ts';

export function adminForgetDevice(input: DeviceInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  requireDevice(user, input.DeviceKey);
  updateUser(
    ctx,
    pool,
    user,
    () => {
      user.devices = (user.devices ?? []).filter((d) => d.DeviceKey !== input.DeviceKey);
    },
    { stamp: false },
  );
  return {};
}
