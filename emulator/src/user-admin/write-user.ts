import type { RequestContext } from '../protocol/context.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { indexKeys, userIndexChanged } from './user-index.ts';

/** Applies `change` to the user, stamps UserLastModifiedDate, keeps the index in step and saves. */
export function updateUser(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
  change: () => void,
): void {
  const before = indexKeys(user);
  change();
  user.UserLastModifiedDate = epochSeconds(ctx.now);
  userIndexChanged(pool, user.Username, before, user);
  ctx.store.changed();
}

export function insertUser(ctx: RequestContext, pool: UserPoolRecord, user: UserRecord): void {
  pool.users[user.Username] = user;
  userIndexChanged(pool, user.Username, undefined, user);
  ctx.store.changed();
}

export function deleteUser(ctx: RequestContext, pool: UserPoolRecord, user: UserRecord): void {
  const before = indexKeys(user);
  delete pool.users[user.Username];
  userIndexChanged(pool, user.Username, before, undefined);
  ctx.store.changed();
}
