import { regionOfPool } from '@/aws/user-pool-description';

export { regionOfPool };
/** The one place group query keys are built: general to specific, scoped by region and pool. */
export const groupKeys = {
  all: (poolId: string) => ['region', regionOfPool(poolId), 'pools', poolId, 'groups'] as const,
  lists: (poolId: string) => [...groupKeys.all(poolId), 'list'] as const,
  list: (poolId: string, page: { nextToken?: string }) =>
    [...groupKeys.lists(poolId), { nextToken: page.nextToken ?? null }] as const,
  detail: (poolId: string, groupName: string) =>
    [...groupKeys.all(poolId), 'detail', groupName] as const,
  members: (poolId: string, groupName: string) =>
    [...groupKeys.detail(poolId, groupName), 'members'] as const,
  membersPage: (poolId: string, groupName: string, page: { nextToken?: string }) =>
    [...groupKeys.members(poolId, groupName), { nextToken: page.nextToken ?? null }] as const,
  userSearch: (poolId: string, search: { attribute: string; prefix: string }) =>
    [...groupKeys.all(poolId), 'user-search', search] as const,
};
