import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireDevice, type DeviceInput } from './device-store.ts';
import { requireUser } from './find-user.ts';

export function adminGetDevice(input: DeviceInput, ctx: RequestContext) {
  const user = requireUser(getPool(ctx, input.UserPoolId), input.Username);
  return { Device: structuredClone(requireDevice(user, input.DeviceKey)) };
}
