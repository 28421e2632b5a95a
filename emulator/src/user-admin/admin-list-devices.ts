import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { decodePageToken, encodePageToken } from '../paging/page-token.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';

/** Oldest first, then by key; PaginationToken carries the last key returned. */
export function adminListDevices(
  input: { UserPoolId: string; Username: string; Limit?: number; PaginationToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const scope = `AdminListDevices:${pool.pool.Id}:${user.Username}`;
  const devices = [...(user.devices ?? [])].sort(
    (a, b) => a.DeviceCreateDate - b.DeviceCreateDate || (a.DeviceKey < b.DeviceKey ? -1 : 1),
  );
  let start = 0;
  if (input.PaginationToken !== undefined) {
    const key = decodePageToken(scope, input.PaginationToken);
    if (typeof key !== 'string') throw invalidParameter('Invalid pagination token.');
    start = devices.findIndex((d) => d.DeviceKey === key) + 1;
  }
  const limit = input.Limit || 60;
  const page = devices.slice(start, start + limit);
  const last = page.at(-1);
  return {
    Devices: structuredClone(page),
    ...(start + page.length < devices.length && last
      ? { PaginationToken: encodePageToken(scope, last.DeviceKey) }
      : {}),
  };
}
