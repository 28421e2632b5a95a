/** A user pool id starts with its region: us-east-1_AbC123. (Kept here: features do not import each other.) */
export function regionOfUserPool(poolId: string): string {
  const index = poolId.indexOf('_');
  return index > 0 ? poolId.slice(0, index) : poolId;
}

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
  attributeSchema: (poolId: string) => [...userKeys.all(poolId), 'attribute-schema'] as const,
};
