import { regionOfPool as regionOfUserPool } from '@/aws/user-pool-description';

export { regionOfUserPool };
/** What a users list was asked for: a ListUsers filter (or none) and the page token. */
export interface UserListQuery {
  filter?: string;
  paginationToken?: string;
}

/**
 * The one place user query keys are built: general to specific, scoped by region and pool, so
 * `invalidateQueries({ queryKey: userKeys.lists(poolId) })` hits every page of every filter.
 */
export const userKeys = {
  all: (poolId: string) => ['region', regionOfUserPool(poolId), 'pools', poolId, 'users'] as const,
  lists: (poolId: string) => [...userKeys.all(poolId), 'list'] as const,
  list: (poolId: string, query: UserListQuery) =>
    [
      ...userKeys.lists(poolId),
      { filter: query.filter ?? '', paginationToken: query.paginationToken ?? null },
    ] as const,
  details: (poolId: string) => [...userKeys.all(poolId), 'detail'] as const,
  detail: (poolId: string, username: string) => [...userKeys.details(poolId), username] as const,
  /** The pool's attribute schema as the users pages need it (column and condition choices). */
};
