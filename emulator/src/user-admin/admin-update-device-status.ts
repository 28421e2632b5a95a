import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import {
  requireDevice,
  setRememberedStatus,
  type DeviceInput,
  type RememberedStatus,
} from './device-store.ts';
import { requireUser } from './find-user.ts';

export function adminUpdateDeviceStatus(
  input: DeviceInput & { DeviceRememberedStatus?: RememberedStatus },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const device = requireDevice(user, input.DeviceKey);
  setRememberedStatus(ctx, pool, user, device, input.DeviceRememberedStatus ?? 'not_remembered');
  return {};
}
