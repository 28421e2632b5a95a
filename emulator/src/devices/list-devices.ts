import type { RequestContext } from '../protocol/context.ts';
import { listDevicesPage } from '../user-admin/device-store.ts';
import { deviceOwner } from './own-device.ts';

export async function listDevices(
  input: { AccessToken: string; Limit?: number; PaginationToken?: string },
  ctx: RequestContext,
) {
  const { pool, user } = await deviceOwner(ctx, input.AccessToken);
  const scope = `ListDevices:${pool.pool.Id}:${user.Username}`;
  return listDevicesPage(user, scope, input.Limit, input.PaginationToken);
}
