import { queryOptions, useQuery } from '@tanstack/react-query';
import { toFilterString } from '@/lib/user-search/filter';
import { mergeLookupResults, type LookupPlan } from '@/lib/users/user-lookup';
import { listUsers, USERS_PAGE_SIZE, type ListedUser } from './list-users';
import { userKeys } from './user-keys';

export interface LookupResult {
  users: ListedUser[];
  /** Some filter had more than one page: the list shows the first page of each. */
  more: boolean;
}

/** Runs the plan's ListUsers filters side by side (one page each) and merges their answers. */
export async function lookupUsers(
  poolId: string,
  plan: LookupPlan,
  signal?: AbortSignal,
): Promise<LookupResult> {
  const pages = await Promise.all(
    plan.filters.map((filter) =>
      listUsers(poolId, { filter: toFilterString(filter), limit: USERS_PAGE_SIZE }, signal),
    ),
  );
  return {
    users: mergeLookupResults(
      plan,
      pages.map((page) => page.users),
    ),
    more: pages.some((page) => page.nextToken !== undefined),
  };
}

export const lookupUsersQueryOptions = (poolId: string, plan: LookupPlan) =>
  queryOptions({
    queryKey: userKeys.lookup(poolId, plan),
    queryFn: ({ signal }) => lookupUsers(poolId, plan, signal),
  });

export function useLookupUsers(poolId: string, plan: LookupPlan) {
  return useQuery(lookupUsersQueryOptions(poolId, plan));
}
