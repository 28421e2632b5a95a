/**
 * Every group's members of a pool, read in full: ListGroups, then ListUsersInGroup for each group
 * to its last page. An export that writes every user's groups needs them all, so unlike the Users
 * list's Groups column there is no request budget; the map holds one entry per membership.
 *
 * Pure: the requests come in as functions and the pace as token buckets, so tests run it on a
 * pool in memory with a fake clock.
 */
import { walkPages, type WalkedPage } from '../user-search/page-walk';
import type { Clock, TokenBucket } from '../user-search/pacer';

export interface MembershipsSource {
  /** One ListGroups page: group names. */
  listGroups(token: string | undefined, signal: AbortSignal): Promise<WalkedPage<string>>;
  /** One ListUsersInGroup page: usernames. */
  listMembers(
    group: string,
    token: string | undefined,
    signal: AbortSignal,
  ): Promise<WalkedPage<string>>;
}

export interface MembershipsProgress {
  /** Groups found so far (all of them once ListGroups is done). */
  groups: number;
  /** Groups whose members are all read. */
  groupsRead: number;
  /** Memberships read: a user in two groups counts twice. */
  members: number;
  /** Throttled calls waited out and retried. */
  throttled: number;
}

export interface ReadMembershipsOptions {
  signal: AbortSignal;
  /** Paces ListGroups (UserPoolResourceRead, 5 requests a second per pool). */
  groupsBucket: TokenBucket;
  /** Paces ListUsersInGroup (UserList, the quota ListUsers shares). */
  membersBucket: TokenBucket;
  /** Groups read side by side, so the rate rather than one round trip sets the pace. */
  concurrency?: number;
  onProgress?: (progress: MembershipsProgress) => void;
  clock?: Clock;
  random?: () => number;
}

/** Each member's group names, sorted; a user in no group is absent. */
export async function readGroupMemberships(
  source: MembershipsSource,
  {
    signal: outer,
    groupsBucket,
    membersBucket,
    concurrency = 8,
    onProgress,
    clock,
    random,
  }: ReadMembershipsOptions,
): Promise<Map<string, string[]>> {
  // A failed group stops the others.
  const failed = new AbortController();
  const signal = AbortSignal.any([outer, failed.signal]);
  const progress: MembershipsProgress = { groups: 0, groupsRead: 0, members: 0, throttled: 0 };
  const report = () => onProgress?.({ ...progress });
  const onThrottle = () => {
    progress.throttled++;
    report();
  };

  const groups: string[] = [];
  for await (const page of walkPages({
    fetchPage: (token, pageSignal) => source.listGroups(token, pageSignal),
    bucket: groupsBucket,
    signal,
    onThrottle,
    clock,
    random,
  })) {
    groups.push(...page);
    progress.groups = groups.length;
    report();
  }

  const byUser = new Map<string, string[]>();
  const readGroup = async (group: string) => {
    for await (const page of walkPages({
      fetchPage: (token, pageSignal) => source.listMembers(group, token, pageSignal),
      bucket: membersBucket,
      signal,
      onThrottle,
      clock,
      random,
    })) {
      for (const username of page) {
        const list = byUser.get(username);
        if (list) list.push(group);
        else byUser.set(username, [group]);
      }
      progress.members += page.length;
      report();
    }
    progress.groupsRead++;
    report();
  };
  const queue = [...groups];
  const worker = async () => {
    for (let group = queue.shift(); group !== undefined; group = queue.shift()) {
      await readGroup(group);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, worker));
  } catch (error) {
    failed.abort(error);
    throw error;
  }
  for (const list of byUser.values()) list.sort((a, b) => a.localeCompare(b));
  return byUser;
}
