import type { LookupPlan } from '@/lib/users/user-lookup';
import { poolScope } from '../pool-scope';

/** What a users list was asked for: a ListUsers filter (or none) and the page token. */
export interface UserListQuery {
  filter?: string;
  paginationToken?: string;
  /** Page size; ListUsers' largest (60) unless a smaller one is asked for. */
  limit?: number;
}

/** Which user an operation is about: the pool and the real username (not an alias or sub). */
export interface UserRef {
  poolId: string;
  username: string;
}

/**
 * The one place user query keys are built: general to specific, inside the pool's scope, so
 * `invalidateQueries({ queryKey: userKeys.lists(poolId) })` hits every page of every filter. A
 * user's devices sit under the user's detail key; the user's groups sit apart, under
 * `memberships`, so a change to a group reaches the group lists of all its users at once.
 */
export const userKeys = {
  all: (poolId: string) => [...poolScope(poolId), 'users'] as const,
  lists: (poolId: string) => [...userKeys.all(poolId), 'list'] as const,
  list: (poolId: string, query: UserListQuery) =>
    [
      ...userKeys.lists(poolId),
      {
        filter: query.filter ?? '',
        paginationToken: query.paginationToken ?? null,
        limit: query.limit ?? null,
      },
    ] as const,
  /** A search-box lookup: several ListUsers filters run side by side, merged into one list. */
  lookup: (poolId: string, plan: LookupPlan) =>
    [...userKeys.lists(poolId), 'lookup', plan] as const,
  details: (poolId: string) => [...userKeys.all(poolId), 'detail'] as const,
  detail: ({ poolId, username }: UserRef) => [...userKeys.details(poolId), username] as const,
  devices: (user: UserRef) => [...userKeys.detail(user), 'devices'] as const,
  devicePage: (user: UserRef, paginationToken: string | undefined) =>
    [...userKeys.devices(user), 'page', { paginationToken: paginationToken ?? null }] as const,
  device: (user: UserRef, deviceKey: string) =>
    [...userKeys.devices(user), 'device', deviceKey] as const,
  memberships: (poolId: string) => [...userKeys.all(poolId), 'groups'] as const,
  groups: ({ poolId, username }: UserRef) => [...userKeys.memberships(poolId), username] as const,
  /** The whole pool's user → groups map (the Users list's Groups column); an object, so no
   * username can collide with it. */
  groupsMap: (poolId: string) => [...userKeys.memberships(poolId), { map: 'pool' }] as const,
};
