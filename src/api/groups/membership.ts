import type { QueryClient } from '@tanstack/react-query';
import { userKeys } from '../users/user-keys';
import { groupKeys } from './group-keys';

/** One membership: a user of the pool in one of its groups. */
export interface Membership {
  poolId: string;
  groupName: string;
  username: string;
}

/** A membership shows in two places: the group's member list and the user's group list. */
export function invalidateMembership(queryClient: QueryClient, m: Membership) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: groupKeys.members(m.poolId, m.groupName) }),
    queryClient.invalidateQueries({
      queryKey: userKeys.groups({ poolId: m.poolId, username: m.username }),
    }),
  ]);
}
