import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireDevice, type DeviceInput } from './device-store.ts';
import { requireUser } from './find-user.ts';
import { extrasOf } from './user-output.ts';

export function adminForgetDevice(input: DeviceInput, ctx: RequestContext) {
  const user = requireUser(getPool(ctx, input.UserPoolId), input.Username);
  requireDevice(user, input.DeviceKey);
  const extras = extrasOf(user);
  extras.devices = (extras.devices ?? []).filter((d) => d.DeviceKey !== input.DeviceKey);
  ctx.store.changed();
  return {};
}
