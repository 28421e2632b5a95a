import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { listDevicesPage } from './device-store.ts';
import { requireUser } from './find-user.ts';

export function adminListDevices(
  input: { UserPoolId: string; Username: string; Limit?: number; PaginationToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const scope = `AdminListDevices:${pool.pool.Id}:${user.Username}`;
  return listDevicesPage(user, scope, input.Limit, input.PaginationToken);
}
