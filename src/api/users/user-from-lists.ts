import type { QueryClient } from '@tanstack/react-query';
import type { UserDetail } from './get-user';
import type { ListedUser } from './list-users';
import { userKeys, type UserRef } from './user-keys';

function listedUsersOf(data: unknown): ListedUser[] {
  if (typeof data !== 'object' || data === null || !('users' in data)) return [];
  const { users } = data as { users: unknown };
  return Array.isArray(users) ? (users as ListedUser[]) : [];
}

/**
 * The user as a list already in the cache shows them (a page of the Users list, a lookup), so the
 * user page opens with the row's data while AdminGetUser loads the full record. ListUsers returns
 * everything AdminGetUser does except the MFA settings, which stay unknown (`partial`).
 */
export function userFromCachedLists(
  queryClient: QueryClient,
  { poolId, username }: UserRef,
): (UserDetail & { partial: true }) | undefined {
  for (const [, data] of queryClient.getQueriesData({ queryKey: userKeys.lists(poolId) })) {
    const listed = listedUsersOf(data).find((user) => user.username === username);
    if (listed) {
      return {
        username: listed.username,
        status: listed.status,
        enabled: listed.enabled !== false,
        createdAt: listed.createdAt,
        modifiedAt: listed.modifiedAt,
        attributes: listed.attributes,
        mfaOptions: [],
        mfaMethods: [],
        partial: true,
      };
    }
  }
  return undefined;
}
