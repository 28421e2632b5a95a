import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { forgetDevice, requireDevice, type DeviceInput } from './device-store.ts';
import { requireUser } from './find-user.ts';

export function adminForgetDevice(input: DeviceInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  requireDevice(user, input.DeviceKey);
  forgetDevice(ctx, pool, user, input.DeviceKey);
  return {};
}
