import type { QueryClient } from '@tanstack/react-query';
import { userKeys } from '../users/user-keys';
import { groupKeys } from './group-keys';

/** One membership: a user of the pool in one of its groups. */
export interface Membership {
  poolId: string;
  groupName: string;
  username: string;
}

/**
 * A membership shows in three places: the group's member list, the user's group list, and the
 * pool's user → groups map when it holds one (a pool too big to map stays so: the user's own
 * group list is what its row shows).
 */
export function invalidateMembership(queryClient: QueryClient, m: Membership) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: groupKeys.members(m.poolId, m.groupName) }),
    queryClient.invalidateQueries({
      queryKey: userKeys.groups({ poolId: m.poolId, username: m.username }),
    }),
    queryClient.invalidateQueries({
      queryKey: userKeys.groupsMap(m.poolId),
      predicate: (query) => holdsMap(query.state.data),
    }),
  ]);
}

function holdsMap(data: unknown): boolean {
  return (data as { strategy?: unknown } | undefined)?.strategy === 'scan';
}
