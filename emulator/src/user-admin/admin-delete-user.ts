import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { deleteUser } from './write-user.ts';

export function adminDeleteUser(
  input: { UserPoolId: string; Username: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  deleteUser(ctx, pool, requireUser(pool, input.Username));
  return {};
}
