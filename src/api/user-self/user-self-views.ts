import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { groupKeys } from '../groups/group-keys';
import { userKeys } from '../users/user-keys';

/**
 * A test user signing up, confirming, changing attributes or deleting themself changes what the
 * pool's user pages show: the users lists, every user page of the pool, the groups' member lists.
 */
export function useInvalidatePoolUsers(poolId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all(poolId) }),
        queryClient.invalidateQueries({ queryKey: groupKeys.allMembers(poolId) }),
      ]),
    [queryClient, poolId],
  );
}
