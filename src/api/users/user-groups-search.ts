/**
 * The Users list narrowed to one group: ListUsersInGroup takes no filter, so the group's pages are
 * read in order and the search's filters (ListUsers' semantics, filter-match.ts) applied here.
 * One result page reads group pages until it holds a page of matches, the group ends, or
 * GROUP_SEARCH_MAX_PAGES were read; its token says where the next result page starts.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { toFilterString, type UserFilter } from '@/lib/user-search/filter';
import { matchesAnyFilter } from '@/lib/user-search/filter-match';
import { groupKeys } from '../groups/group-keys';
import { listUsersInGroupRaw } from '../groups/list-users-in-group';
import { toListedUser, USERS_PAGE_SIZE, type ListedUser, type RawUser } from './list-users';

/** 600 members per result page at most: about a second of requests, well under the quota. */
export const GROUP_SEARCH_MAX_PAGES = 10;

/** The members of one group page that match any of the filters (all of them when none). */
export function groupMembersMatching(
  users: readonly RawUser[],
  filters: readonly UserFilter[],
): RawUser[] {
  return users.filter((user) => matchesAnyFilter(toListedUser(user), filters));
}

export interface GroupMatchesPage {
  users: ListedUser[];
  /** Where the next result page starts; absent at the end of the group. */
  nextToken?: string;
  /** Members read for this result page. */
  scanned: number;
}

export async function searchGroupMembers(
  poolId: string,
  groupName: string,
  filters: readonly UserFilter[],
  startToken: string | undefined,
  signal?: AbortSignal,
): Promise<GroupMatchesPage> {
  const users: ListedUser[] = [];
  let scanned = 0;
  let token = startToken;
  for (let pages = 0; pages < GROUP_SEARCH_MAX_PAGES; pages++) {
    const page = await listUsersInGroupRaw(poolId, groupName, token, signal);
    scanned += page.users.length;
    users.push(...groupMembersMatching(page.users, filters).map(toListedUser));
    token = page.nextToken;
    if (!token || users.length >= USERS_PAGE_SIZE) break;
  }
  return { users, nextToken: token, scanned };
}

export const searchGroupMembersQueryOptions = (
  poolId: string,
  groupName: string,
  filters: readonly UserFilter[],
  nextToken: string | undefined,
) =>
  queryOptions({
    queryKey: groupKeys.membersMatching(poolId, groupName, {
      filters: filters.map(toFilterString),
      nextToken,
    }),
    queryFn: ({ signal }) => searchGroupMembers(poolId, groupName, filters, nextToken, signal),
  });

export function useSearchGroupMembers(
  poolId: string,
  groupName: string,
  filters: readonly UserFilter[],
  nextToken: string | undefined,
) {
  return useQuery({
    ...searchGroupMembersQueryOptions(poolId, groupName, filters, nextToken),
    placeholderData: keepPreviousData,
  });
}
