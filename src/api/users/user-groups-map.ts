/**
 * The Groups column's data. First the pool-wide map, read group by group with ListUsersInGroup
 * within a request budget (see user-groups-scan.ts for the figures behind it); in pools whose
 * groups are too many or too big for that budget, one AdminListGroupsForUser per row in view,
 * paced under its quota and cached per user (the user page shares those entries).
 *
 * Invalidation: adding or removing a member refreshes the map (membership.ts) and that user's
 * own group list; deleting a group refreshes every users' groups (userKeys.memberships).
 */
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { TokenBucket } from '@/lib/user-search/pacer';
import { listGroups } from '../groups/list-groups';
import { listGroupsForUser, listGroupsForUserQueryOptions } from '../groups/list-groups-for-user';
import { listUsersInGroup } from '../groups/list-users-in-group';
import { userKeys } from './user-keys';
import {
  PER_USER_REQUESTS_PER_SECOND,
  scanUserGroups,
  type GroupScanSource,
  type UserGroupsMap,
} from './user-groups-scan';

/** A pool too big to map is asked again only after this long (a group may have shrunk). */
const PER_USER_DECISION_STALE_MS = 10 * 60_000;

/** One pacer for every row of every table: the calls share one account quota. */
const perUserPacer = new TokenBucket(PER_USER_REQUESTS_PER_SECOND);

function scanSource(poolId: string): GroupScanSource {
  return {
    listGroups: async (token) => {
      const page = await listGroups(poolId, token);
      return {
        names: page.groups.flatMap((group) => (group.GroupName ? [group.GroupName] : [])),
        nextToken: page.nextToken,
      };
    },
    listMembers: async (group, token) => {
      const page = await listUsersInGroup(poolId, group, token);
      return { names: page.members.map((member) => member.username), nextToken: page.nextToken };
    },
  };
}

export const userGroupsMapQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: userKeys.groupsMap(poolId),
    queryFn: ({ signal }): Promise<UserGroupsMap> => scanUserGroups(scanSource(poolId), { signal }),
    staleTime: (query) =>
      query.state.data?.strategy === 'per-user' ? PER_USER_DECISION_STALE_MS : 30_000,
  });

export interface UserGroupsLookup {
  /** The user's group names, sorted; undefined while not known yet. */
  groupsOf: (username: string) => readonly string[] | undefined;
  /** Which way the column is filled, once decided. */
  strategy?: UserGroupsMap['strategy'];
  error: Error | null;
}

/** The groups of `usernames` (the rows in view); nothing is asked while `enabled` is false. */
export function useUserGroupsMap(
  poolId: string,
  usernames: readonly string[],
  { enabled }: { enabled: boolean },
): UserGroupsLookup {
  const map = useQuery({ ...userGroupsMapQueryOptions(poolId), enabled });
  const perUser = enabled && map.data?.strategy === 'per-user';
  const rows = useQueries({
    queries: (perUser ? usernames : []).map((username) => {
      const user = { poolId, username };
      return {
        ...listGroupsForUserQueryOptions(user),
        queryFn: async ({ signal }: { signal: AbortSignal }) => {
          await perUserPacer.take(signal);
          return listGroupsForUser(user);
        },
      };
    }),
  });

  if (map.data?.strategy === 'scan') {
    const byUser = map.data.groupsByUser;
    return {
      groupsOf: (username) => byUser.get(username) ?? [],
      strategy: 'scan',
      error: null,
    };
  }
  const perUserGroups = new Map<string, readonly string[]>();
  let error: Error | null = map.error;
  (perUser ? usernames : []).forEach((username, i) => {
    const row = rows[i];
    if (row?.data) {
      perUserGroups.set(
        username,
        row.data.map((group) => group.name).sort((a, b) => a.localeCompare(b)),
      );
    }
    error ??= row?.error ?? null;
  });
  return {
    groupsOf: (username) => perUserGroups.get(username),
    strategy: map.data?.strategy,
    error,
  };
}
