/**
 * ListUsers' filter semantics applied in the browser, for lists ListUsers cannot filter (a group's
 * members come from ListUsersInGroup, which takes no filter): `=` exact, `^=` prefix, both
 * case-sensitive; `status` is Enabled/Disabled; `cognito:user_status` ignores case, as Cognito's
 * does (cognito-behaviour.md 16).
 */
import type { UserFilter } from './filter';

/** What a filter can look at: a user as ListUsers and ListUsersInGroup return it, flattened. */
export interface MatchableUser {
  username: string;
  enabled?: boolean;
  status?: string;
  attributes: Readonly<Record<string, string>>;
}

function valueOf(user: MatchableUser, attribute: UserFilter['attribute']): string | undefined {
  switch (attribute) {
    case 'username':
      return user.username;
    case 'status':
      return user.enabled === false ? 'Disabled' : 'Enabled';
    case 'cognito:user_status':
      return user.status;
    default:
      return Object.hasOwn(user.attributes, attribute) ? user.attributes[attribute] : undefined;
  }
}

export function matchesFilter(user: MatchableUser, filter: UserFilter): boolean {
  const actual = valueOf(user, filter.attribute);
  if (actual === undefined) return false;
  const caseless = filter.attribute === 'cognito:user_status';
  const have = caseless ? actual.toUpperCase() : actual;
  const want = caseless ? filter.value.toUpperCase() : filter.value;
  return filter.operator === 'startsWith' ? have.startsWith(want) : have === want;
}

/** True when the user matches one of the filters (a name lookup runs several); none means all. */
export function matchesAnyFilter(user: MatchableUser, filters: readonly UserFilter[]): boolean {
  return filters.length === 0 || filters.some((filter) => matchesFilter(user, filter));
}
