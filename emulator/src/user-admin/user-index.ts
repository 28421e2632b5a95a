import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { getAttribute } from './attributes.ts';
import { matchesValue, type SearchableAttribute, type UserFilter } from './filter.ts';
import { SortedEntries, type Entry } from './sorted-entries.ts';

/** Attributes with a sorted index; `status` and `cognito:user_status` are walked in username order. */
const INDEXED = [
  'username',
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'sub',
] as const;

type IndexedAttribute = (typeof INDEXED)[number];
export type IndexKeys = Map<IndexedAttribute, string>;

interface PoolIndex {
  /** The users map indexed: a pool whose map was replaced is indexed afresh. */
  users: UserPoolRecord['users'];
  /** Users the index knows of; a different count means someone wrote users behind its back. */
  count: number;
  lists: Map<IndexedAttribute, SortedEntries>;
}

// Outside the persisted state: keyed by the pool object, so a reset or reload starts afresh.
const indexes = new WeakMap<UserPoolRecord, PoolIndex>();

const isIndexed = (attribute: string): attribute is IndexedAttribute =>
  (INDEXED as readonly string[]).includes(attribute);

/** The value ListUsers compares for `attribute`. */
export function searchValue(user: UserRecord, attribute: SearchableAttribute): string | undefined {
  if (attribute === 'username') return user.Username;
  if (attribute === 'status') return user.Enabled ? 'Enabled' : 'Disabled';
  if (attribute === 'cognito:user_status') return user.UserStatus;
  return getAttribute(user, attribute);
}

function poolIndex(pool: UserPoolRecord): PoolIndex {
  let index = indexes.get(pool);
  if (!index || index.users !== pool.users || index.count !== pool.users.size) {
    index = { users: pool.users, count: pool.users.size, lists: new Map() };
    indexes.set(pool, index);
  }
  return index;
}

function list(pool: UserPoolRecord, attribute: IndexedAttribute): SortedEntries {
  const index = poolIndex(pool);
  let entries = index.lists.get(attribute);
  if (!entries) {
    const built: Entry[] = [];
    for (const user of pool.users.values()) {
      const key = searchValue(user, attribute);
      if (key !== undefined) built.push([key, user.Username]);
    }
    entries = SortedEntries.from(built);
    index.lists.set(attribute, entries);
  }
  return entries;
}

/** The indexed values of a user, taken before a change so the old entries can be removed. */
export function indexKeys(user: UserRecord): IndexKeys {
  const keys: IndexKeys = new Map();
  for (const attribute of INDEXED) {
    const key = searchValue(user, attribute);
    if (key !== undefined) keys.set(attribute, key);
  }
  return keys;
}

/**
 * Keeps the index in step with a write: `before` from indexKeys (undefined for a new user),
 * `user` the record now (undefined once deleted). Writers go through write-user.ts, which calls it.
 */
export function userIndexChanged(
  pool: UserPoolRecord,
  username: string,
  before: IndexKeys | undefined,
  user: UserRecord | undefined,
): void {
  const index = indexes.get(pool);
  if (!index) return;
  const after = user ? indexKeys(user) : new Map<IndexedAttribute, string>();
  for (const [attribute, entries] of index.lists) {
    const old = before?.get(attribute);
    const now = after.get(attribute);
    if (old === now) continue;
    if (old !== undefined) entries.remove([old, username]);
    if (now !== undefined) entries.insert([now, username]);
  }
  index.count += (user ? 1 : 0) - (before ? 1 : 0);
}

/** Drops the pool's index; the next read rebuilds it (after bulk writes). */
export function invalidateUserIndex(pool: UserPoolRecord): void {
  indexes.delete(pool);
}

export interface Match {
  user: UserRecord;
  /** Position in the order results come in: the cursor a page token carries. */
  entry: Entry;
}

/**
 * Users matching `filter` (all without one), in a stable order, after `cursor`. An indexed
 * attribute is answered by binary search; status filters walk the username order.
 * Every candidate is checked against the record, so a stale entry never leaks out.
 */
export function* matchingUsers(
  pool: UserPoolRecord,
  filter: UserFilter | undefined,
  cursor?: Entry,
): Generator<Match> {
  const attribute = filter && isIndexed(filter.attribute) ? filter.attribute : 'username';
  const entries = list(pool, attribute);
  const useIndexRange = filter !== undefined && filter.attribute === attribute;
  let at = useIndexRange ? entries.lowerBound([filter.value, '']) : 0;
  if (cursor) at = Math.max(at, entries.upperBound(cursor));
  for (; at < entries.size; at++) {
    const entry = entries.entries[at]!;
    // Sorted by key: the exact value or the prefix range is one run, so the first miss ends it.
    if (useIndexRange && !matchesValue(filter, entry[0])) break;
    const user = pool.users.get(entry[1]);
    if (!user) continue;
    if (searchValue(user, attribute) !== entry[0]) continue;
    if (filter && !matchesValue(filter, searchValue(user, filter.attribute))) continue;
    yield { user, entry };
  }
}

/** Users whose `attribute` is exactly `value`, from the index. */
export function usersWith(
  pool: UserPoolRecord,
  attribute: IndexedAttribute,
  value: string,
): UserRecord[] {
  return [...matchingUsers(pool, { attribute, prefix: false, value })].map((m) => m.user);
}
