/**
 * Every user's groups in a pool, read in full for an export (see lib/users/group-memberships.ts).
 * ListUsersInGroup is paced at the export's own rate: it shares the UserList quota with ListUsers,
 * and the export's ListUsers pages start only once the memberships are read, so the two never add
 * up. ListGroups has a quota of its own (UserPoolResourceRead, 5 requests a second per pool).
 */
import { TokenBucket } from '@/lib/user-search/pacer';
import {
  readGroupMemberships,
  type MembershipsProgress,
  type MembershipsSource,
} from '@/lib/users/group-memberships';
import { listGroups } from '../groups/list-groups';
import { listUsersInGroupRaw } from '../groups/list-users-in-group';

/** Under ListGroups' 5 requests a second per pool. */
const LIST_GROUPS_PER_SECOND = 4;

function membershipsSource(poolId: string): MembershipsSource {
  return {
    listGroups: async (token, signal) => {
      const page = await listGroups(poolId, token, signal);
      return {
        items: page.groups.flatMap((group) => (group.GroupName ? [group.GroupName] : [])),
        nextToken: page.nextToken,
      };
    },
    listMembers: async (group, token, signal) => {
      const page = await listUsersInGroupRaw(poolId, group, token, signal);
      return {
        items: page.users.flatMap((user) => (user.Username ? [user.Username] : [])),
        nextToken: page.nextToken,
      };
    },
  };
}

export function readPoolGroupMemberships(
  poolId: string,
  {
    signal,
    requestsPerSecond,
    onProgress,
  }: {
    signal: AbortSignal;
    /** ListUsersInGroup calls a second: the export's ListUsers rate. */
    requestsPerSecond: number;
    onProgress?: (progress: MembershipsProgress) => void;
  },
): Promise<Map<string, string[]>> {
  return readGroupMemberships(membershipsSource(poolId), {
    signal,
    groupsBucket: new TokenBucket(LIST_GROUPS_PER_SECOND),
    membersBucket: new TokenBucket(requestsPerSecond),
    onProgress,
  });
}
