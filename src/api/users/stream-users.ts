import { describeCondition, matchAll, type Condition } from '@/lib/user-search/conditions';
import { DEFAULT_REQUESTS_PER_SECOND } from '@/lib/user-search/deep-search';
import { describeFilter, toFilterString, type UserFilter } from '@/lib/user-search/filter';
import { matchesAnyFilter } from '@/lib/user-search/filter-match';
import { walkPages } from '@/lib/user-search/page-walk';
import { TokenBucket } from '@/lib/user-search/pacer';
import type { UsersSearchState } from '@/lib/user-search/url-state';
import { keepsLookupUser, planLookup, type LookupPlan } from '@/lib/users/user-lookup';
import { listUsersInGroupRaw } from '../groups/list-users-in-group';
import { listUsersRaw, toListedUser, type RawUser } from './list-users';

/** Which users a long run (an export, a bulk action) walks through. */
export type UserSource =
  /** Every user of the pool. */
  | { kind: 'pool' }
  /** One ListUsers filter: the search box's single filter, or the advanced filter. */
  | { kind: 'filter'; filter: UserFilter }
  /** The search box's name lookup: several filters, each user once. */
  | { kind: 'lookup'; plan: LookupPlan }
  /** Deep-search conditions: every user scanned, those matching kept. */
  | { kind: 'deep'; conditions: readonly Condition[] }
  /**
   * A group's members (ListUsersInGroup), narrowed in the browser by a filter, or by a name
   * lookup's filters (any of them, with every word), as ListUsers would filter them.
   */
  | { kind: 'group'; group: string; filter?: UserFilter; plan?: LookupPlan };

export interface StreamProgress {
  /** List calls answered. */
  pages: number;
  /** Users the calls returned. */
  scanned: number;
  /** Users handed on (those that matched, each once). */
  yielded: number;
  /** Throttled calls waited out and retried. */
  throttled: number;
}

export interface StreamUsersOptions {
  /** Aborting ends the stream: the generator throws the signal's reason. */
  signal: AbortSignal;
  /**
   * List calls a second; ListUsers and ListUsersInGroup share the UserList quota of 30 per account
   * (cognito-behaviour.md 23), so the default of 25 leaves room for the console's other views.
   */
  requestsPerSecond?: number;
  onProgress?: (progress: StreamProgress) => void;
}

/**
 * Every user of `source`, one array per list page that matched something, paced under the UserList
 * quota and waiting out throttling. Nothing is kept between pages (except the usernames a lookup
 * already handed on), so a million users stream in constant memory.
 */
export async function* streamUsers(
  poolId: string,
  source: UserSource,
  { signal, requestsPerSecond = DEFAULT_REQUESTS_PER_SECOND, onProgress }: StreamUsersOptions,
): AsyncGenerator<RawUser[]> {
  const bucket = new TokenBucket(requestsPerSecond);
  const progress: StreamProgress = { pages: 0, scanned: 0, yielded: 0, throttled: 0 };
  const onThrottle = () => {
    progress.throttled++;
    onProgress?.({ ...progress });
  };
  const listed = (filter?: UserFilter) =>
    walkPages<RawUser>({
      fetchPage: async (token, pageSignal) => {
        const page = await listUsersRaw(
          poolId,
          { filter: filter ? toFilterString(filter) : undefined, paginationToken: token },
          pageSignal,
        );
        return { items: page.users, nextToken: page.nextToken };
      },
      bucket,
      signal,
      onThrottle,
    });
  const walks = walksOf(source, listed, (group) =>
    walkPages<RawUser>({
      fetchPage: async (token, pageSignal) => {
        const page = await listUsersInGroupRaw(poolId, group, token, pageSignal);
        return { items: page.users, nextToken: page.nextToken };
      },
      bucket,
      signal,
      onThrottle,
    }),
  );
  const keep = keeperOf(source);
  for (const walk of walks) {
    for await (const page of walk) {
      progress.pages++;
      progress.scanned += page.length;
      const kept = page.filter(keep);
      progress.yielded += kept.length;
      onProgress?.({ ...progress });
      if (kept.length > 0) yield kept;
    }
  }
}

type Walk = AsyncGenerator<readonly RawUser[]>;

/** The walks a source needs, run one after another (a lookup has one per filter). */
function* walksOf(
  source: UserSource,
  listed: (filter?: UserFilter) => Walk,
  members: (group: string) => Walk,
): Generator<Walk> {
  switch (source.kind) {
    case 'pool':
    case 'deep':
      yield listed();
      return;
    case 'filter':
      yield listed(source.filter);
      return;
    case 'lookup':
      for (const filter of source.plan.filters) yield listed(filter);
      return;
    case 'group':
      yield members(source.group);
      return;
  }
}

/** Which of a page's users the source keeps. */
function keeperOf(source: UserSource): (user: RawUser) => boolean {
  switch (source.kind) {
    case 'pool':
    case 'filter':
      return () => true;
    case 'deep':
      return matchAll(source.conditions);
    case 'lookup': {
      const seen = new Set<string>();
      return (user) => {
        const username = user.Username ?? '';
        if (seen.has(username) || !keepsLookupUser(source.plan, toListedUser(user))) return false;
        seen.add(username);
        return true;
      };
    }
    case 'group': {
      const { filter, plan } = source;
      if (plan) {
        return (user) => {
          const listed = toListedUser(user);
          return matchesAnyFilter(listed, plan.filters) && keepsLookupUser(plan, listed);
        };
      }
      return filter ? (user) => matchesAnyFilter(toListedUser(user), [filter]) : () => true;
    }
  }
}

/** The users a source means, for a dialog's title: "users where Email starts with ann". */
export function describeSource(source: UserSource): string {
  switch (source.kind) {
    case 'pool':
      return 'every user of the pool';
    case 'filter':
      return `users where ${describeFilter(source.filter)}`;
    case 'lookup':
      return `users found for “${source.plan.text}”`;
    case 'deep':
      return source.conditions.length === 0
        ? 'every user of the pool'
        : `users where ${source.conditions.map(describeCondition).join(' and ')}`;
    case 'group': {
      const members = `members of ${source.group}`;
      if (source.plan) return `${members} found for “${source.plan.text}”`;
      return source.filter ? `${members} where ${describeFilter(source.filter)}` : members;
    }
  }
}

/** The source behind what the Users page shows for its URL state. */
export function userSourceOf(search: UsersSearchState): UserSource {
  if (search.view === 'deep') return { kind: 'deep', conditions: search.conditions };
  if (search.group) {
    const group = search.group;
    if (search.advanced) return { kind: 'group', group, filter: search.advanced };
    const plan = planLookup(search.q);
    const [only] = plan?.filters ?? [];
    if (!plan) return { kind: 'group', group };
    return plan.filters.length === 1 && only
      ? { kind: 'group', group, filter: only }
      : { kind: 'group', group, plan };
  }
  if (search.advanced) return { kind: 'filter', filter: search.advanced };
  const plan = planLookup(search.q);
  if (!plan) return { kind: 'pool' };
  const [only] = plan.filters;
  return plan.filters.length === 1 && only
    ? { kind: 'filter', filter: only }
    : { kind: 'lookup', plan };
}
