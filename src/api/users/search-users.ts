import { queryOptions, useQuery } from '@tanstack/react-query';
import { toGroupMember, type GroupMember } from '../groups/list-users-in-group';
import { listUsersRaw } from './list-users';
import { userKeys, type UserListQuery } from './user-keys';

export type UserSearchAttribute = 'email' | 'username';

export const USER_SEARCH_LIMIT = 20;

/** ListUsers prefix filter on one attribute (cognito-behaviour.md 16), quotes escaped. */
export function userPrefixFilter(attribute: UserSearchAttribute, prefix: string): string {
  const escaped = prefix.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `${attribute} ^= "${escaped}"`;
}

export async function searchUsers(poolId: string, query: UserListQuery): Promise<GroupMember[]> {
  const page = await listUsersRaw(poolId, query);
  return page.users.map(toGroupMember);
}

/** A users list like any other (user writes refresh it), shaped for picking group members. */
export const searchUsersQueryOptions = (
  poolId: string,
  attribute: UserSearchAttribute,
  prefix: string,
) => {
  const query = { filter: userPrefixFilter(attribute, prefix), limit: USER_SEARCH_LIMIT };
  return queryOptions({
    queryKey: userKeys.list(poolId, query),
    queryFn: () => searchUsers(poolId, query),
  });
};

export function useSearchUsers(poolId: string, attribute: UserSearchAttribute, prefix: string) {
  return useQuery({
    ...searchUsersQueryOptions(poolId, attribute, prefix),
    enabled: prefix !== '',
  });
}
