import { poolScope } from '../pool-scope';

/** The one place group query keys are built: general to specific, inside the pool's scope. */
export const groupKeys = {
  all: (poolId: string) => [...poolScope(poolId), 'groups'] as const,
  lists: (poolId: string) => [...groupKeys.all(poolId), 'list'] as const,
  list: (poolId: string, page: { nextToken?: string }) =>
    [...groupKeys.lists(poolId), { nextToken: page.nextToken ?? null }] as const,
  /** Every group name (all pages), for the user page's "add to group" picker. */
  names: (poolId: string) => [...groupKeys.lists(poolId), 'names'] as const,
  detail: (poolId: string, groupName: string) =>
    [...groupKeys.all(poolId), 'detail', groupName] as const,
  /** Member lists of every group: a user's change shows in each group that lists them. */
  allMembers: (poolId: string) => [...groupKeys.all(poolId), 'members'] as const,
  members: (poolId: string, groupName: string) =>
    [...groupKeys.allMembers(poolId), groupName] as const,
  membersPage: (poolId: string, groupName: string, page: { nextToken?: string }) =>
    [...groupKeys.members(poolId, groupName), { nextToken: page.nextToken ?? null }] as const,
  /** The Users list narrowed to a group: its members matching filters, from a page token on. */
  membersMatching: (
    poolId: string,
    groupName: string,
    query: { filters: readonly string[]; nextToken?: string },
  ) =>
    [
      ...groupKeys.members(poolId, groupName),
      'matching',
      { filters: query.filters, nextToken: query.nextToken ?? null },
    ] as const,
};
