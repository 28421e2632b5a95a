/**
 * The user → groups map of a whole pool, read group by group with ListUsersInGroup, within a
 * request budget. Cognito has no call that gives a group's size, so the scan finds out by reading:
 * once it would need more requests than the budget, it stops and says so, and the console asks
 * AdminListGroupsForUser for the users in view instead.
 *
 * Why a budget of 30 requests (`npm run bench`, section user-groups, emulator with Cognito's quotas
 * on): a 100,000-user pool with five small groups (1,260 memberships) maps in 24 requests, 1.2 s;
 * with five large groups (52,220 memberships) the full scan takes 874 requests, 44 s, on the
 * ListUsers quota the list itself shares; 500 groups of 20 take 511 requests, 23 s. Per user it
 * is one request per row in view: 25 requests (0.7 s) for the first screen, 60 (1.7 s) for a whole
 * page, again on each new page. 30 requests cost about one screen of per-user calls, and the map
 * then serves every page, search and group view for free; past 30 the per-user calls win.
 *
 * Pure: the requests come in as functions, so the bench runs the same code against the emulator.
 */
import { backoffDelay, isThrottling } from '../../lib/user-search/throttling';
import { systemClock, TokenBucket, type Clock } from '../../lib/user-search/pacer';

export const GROUP_SCAN_BUDGET = 30;
/** Under ListUsersInGroup's 30 requests/s (UserList, shared with ListUsers). */
export const GROUP_SCAN_REQUESTS_PER_SECOND = 25;
const GROUP_SCAN_CONCURRENCY = 4;
/** Under AdminListGroupsForUser's 50 requests/s (UserResourceRead). */
export const PER_USER_REQUESTS_PER_SECOND = 40;

export interface NamesPage {
  names: string[];
  nextToken?: string;
}

export interface GroupScanSource {
  /** One ListGroups page: group names. */
  listGroups(nextToken: string | undefined, signal: AbortSignal): Promise<NamesPage>;
  /** One ListUsersInGroup page: usernames. */
  listMembers(
    group: string,
    nextToken: string | undefined,
    signal: AbortSignal,
  ): Promise<NamesPage>;
}

export type UserGroupsMap =
  | {
      strategy: 'scan';
      /** Each member's groups, sorted; a user in no group is absent. */
      groupsByUser: ReadonlyMap<string, readonly string[]>;
      groups: number;
      requests: number;
    }
  | {
      strategy: 'per-user';
      /** Too many groups for the budget, or too many members in them. */
      reason: 'groups' | 'members';
      requests: number;
    };

export interface GroupScanOptions {
  budget?: number;
  requestsPerSecond?: number;
  signal?: AbortSignal;
  clock?: Clock;
  random?: () => number;
  maxThrottleRetries?: number;
}

class OverBudget extends Error {}

export async function scanUserGroups(
  source: GroupScanSource,
  options: GroupScanOptions = {},
): Promise<UserGroupsMap> {
  const {
    budget = GROUP_SCAN_BUDGET,
    requestsPerSecond = GROUP_SCAN_REQUESTS_PER_SECOND,
    clock = systemClock,
    random = Math.random,
    maxThrottleRetries = 6,
  } = options;
  const bucket = new TokenBucket(requestsPerSecond, 1, clock);
  // Aborted when the budget runs out, so the groups still being read stop too.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  let requests = 0;

  const request = async (send: () => Promise<NamesPage>): Promise<NamesPage> => {
    for (let attempt = 0; ; attempt++) {
      await bucket.take(signal);
      // Checked after the wait: several groups are read at once.
      if (requests >= budget) throw new OverBudget();
      requests++;
      try {
        return await send();
      } catch (error) {
        if (signal.aborted || !isThrottling(error) || attempt >= maxThrottleRetries) throw error;
        await clock.sleep(backoffDelay(attempt, 250, 4000, random), signal);
      }
    }
  };

  const byUser = new Map<string, string[]>();
  let groups = 0;
  try {
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await request(() => source.listGroups(token, signal));
      names.push(...page.names);
      token = page.nextToken;
      // Each group costs at least one more request.
      if (requests + names.length > budget) {
        return { strategy: 'per-user', reason: 'groups', requests };
      }
    } while (token);
    groups = names.length;

    const queue = [...names];
    const readGroup = async (group: string) => {
      let next: string | undefined;
      do {
        const page = await request(() => source.listMembers(group, next, signal));
        for (const username of page.names) {
          const list = byUser.get(username);
          if (list) list.push(group);
          else byUser.set(username, [group]);
        }
        next = page.nextToken;
      } while (next);
    };
    const worker = async () => {
      for (let group = queue.shift(); group !== undefined; group = queue.shift()) {
        await readGroup(group);
      }
    };
    await Promise.all(Array.from({ length: GROUP_SCAN_CONCURRENCY }, worker));
  } catch (error) {
    if (error instanceof OverBudget) {
      stop.abort(error);
      return { strategy: 'per-user', reason: 'members', requests };
    }
    stop.abort(error);
    throw error;
  }
  for (const list of byUser.values()) list.sort((a, b) => a.localeCompare(b));
  return { strategy: 'scan', groupsByUser: byUser, groups, requests };
}
