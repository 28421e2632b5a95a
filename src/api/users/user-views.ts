import type { QueryClient } from '@tanstack/react-query';
import { groupKeys } from '../groups/group-keys';
import { userKeys, type UserRef } from './user-keys';

/**
 * Where a user's status, enabled flag and attributes show: the user page, every users list
 * (searches included), and the member lists of groups (email, status, enabled).
 */
export function invalidateUserViews(queryClient: QueryClient, user: UserRef) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: userKeys.detail(user), exact: true }),
    queryClient.invalidateQueries({ queryKey: userKeys.lists(user.poolId) }),
    queryClient.invalidateQueries({ queryKey: groupKeys.allMembers(user.poolId) }),
  ]);
}
