import type { RequestContext } from '../protocol/context.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { indexKeys, userIndexChanged } from './user-index.ts';

/**
 * Every change to a user goes through here: applies `change`, stamps UserLastModifiedDate (unless
 * told not to: sign-out and device bookkeeping are not profile changes), keeps the ListUsers index
 * in step and marks the record for the store.
 */
export function updateUser(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
  change: () => void,
  options: { stamp?: boolean } = {},
): void {
  const before = indexKeys(user);
  change();
  if (options.stamp !== false) user.UserLastModifiedDate = epochSeconds(ctx.now);
  userIndexChanged(pool, user.Username, before, user);
  ctx.store.touch('users', pool.pool.Id, user.Username);
}

export function insertUser(
  ctx: Pick<RequestContext, 'store'>,
  pool: UserPoolRecord,
  user: UserRecord,
): void {
  pool.users.set(user.Username, user);
  userIndexChanged(pool, user.Username, undefined, user);
  ctx.store.touch('users', pool.pool.Id, user.Username);
}

export function deleteUser(ctx: RequestContext, pool: UserPoolRecord, user: UserRecord): void {
  const before = indexKeys(user);
  pool.users.delete(user.Username);
  userIndexChanged(pool, user.Username, before, undefined);
  ctx.store.touch('users', pool.pool.Id, user.Username);
}
