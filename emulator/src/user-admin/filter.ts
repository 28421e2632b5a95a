import { invalidParameter } from '../protocol/errors.ts';

/** The attributes ListUsers can filter on (API_ListUsers.html); custom attributes are not searchable. */
export const SEARCHABLE_ATTRIBUTES = [
  'username',
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'cognito:user_status',
  'status',
  'sub',
] as const;

export type SearchableAttribute = (typeof SEARCHABLE_ATTRIBUTES)[number];

export interface UserFilter {
  attribute: SearchableAttribute;
  /** `=` exact, `^=` starts with. */
  prefix: boolean;
  value: string;
}

// AWS words every syntax problem the same way (seen on live AWS: aws/aws-sdk-php#1088).
const parseError = () => invalidParameter('Error while parsing filter.');

/**
 * Parses ListUsers' Filter: `attribute = "value"` or `attribute ^= "value"`, spaces optional,
 * `\"` and `\\` escaped inside the quotes. Empty (or blank) means no filter.
 */
export function parseFilter(text: string | undefined): UserFilter | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const match = /^\s*([A-Za-z_][\w:]*)\s*(\^=|=)\s*"((?:[^"\\]|\\.)*)"\s*$/s.exec(text);
  if (!match) throw parseError();
  const [, name = '', operator, quoted = ''] = match;
  if (!(SEARCHABLE_ATTRIBUTES as readonly string[]).includes(name)) {
    throw invalidParameter(`Invalid search attribute: ${name}`);
  }
  return {
    attribute: name as SearchableAttribute,
    prefix: operator === '^=',
    value: quoted.replace(/\\(.)/gs, '$1'),
  };
}

/** True when `actual` satisfies the filter's operator and value (cognito:user_status ignores case). */
export function matchesValue(filter: UserFilter, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  const caseless = filter.attribute === 'cognito:user_status';
  const have = caseless ? actual.toUpperCase() : actual;
  const want = caseless ? filter.value.toUpperCase() : filter.value;
  return filter.prefix ? have.startsWith(want) : have === want;
}
