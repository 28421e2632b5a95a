/**
 * ListUsers filters (cognito-behaviour.md §2): `attr = "v"` or `attr ^= "v"`, one attribute per
 * call, `"` and `\` escaped inside the quotes. Pure; the page turns the result into a request.
 */

/** The attributes ListUsers can filter on; custom attributes are not searchable. */
export const FILTER_ATTRIBUTES = [
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

export type FilterAttribute = (typeof FILTER_ATTRIBUTES)[number];

export type FilterOperator = 'equals' | 'startsWith';

export const USER_STATUSES = [
  'UNCONFIRMED',
  'CONFIRMED',
  'FORCE_CHANGE_PASSWORD',
  'RESET_REQUIRED',
  'EXTERNAL_PROVIDER',
  'ARCHIVED',
  'COMPROMISED',
  'UNKNOWN',
] as const;

/** `status` is the account's enabled state, not its confirmation status. */
export const ENABLED_STATUSES = ['Enabled', 'Disabled'] as const;

/** Attributes whose values come from a fixed list (the UI offers a select). */
export function valuesFor(attribute: FilterAttribute): readonly string[] | undefined {
  if (attribute === 'cognito:user_status') return USER_STATUSES;
  if (attribute === 'status') return ENABLED_STATUSES;
  return undefined;
}

const attributeLabels: Record<FilterAttribute, string> = {
  username: 'Username',
  email: 'Email',
  phone_number: 'Phone number',
  name: 'Name',
  given_name: 'Given name',
  family_name: 'Family name',
  preferred_username: 'Preferred username',
  'cognito:user_status': 'Confirmation status',
  status: 'Account status',
  sub: 'Sub (user ID)',
};

export function filterAttributeLabel(attribute: FilterAttribute): string {
  return attributeLabels[attribute];
}

export function isFilterAttribute(value: unknown): value is FilterAttribute {
  return (FILTER_ATTRIBUTES as readonly unknown[]).includes(value);
}

export function isFilterOperator(value: unknown): value is FilterOperator {
  return value === 'equals' || value === 'startsWith';
}

export interface UserFilter {
  attribute: FilterAttribute;
  operator: FilterOperator;
  value: string;
}

/** Escapes a value for the inside of a filter's double quotes. */
export function escapeFilterValue(value: string): string {
  return value.replace(/[\\"]/g, (c) => `\\${c}`);
}

/** The ListUsers `Filter` string for one condition. */
export function toFilterString({ attribute, operator, value }: UserFilter): string {
  return `${attribute} ${operator === 'equals' ? '=' : '^='} "${escapeFilterValue(value)}"`;
}

/** What a filter searched, in plain words: "Email is alice@example.com". */
export function describeFilter({ attribute, operator, value }: UserFilter): string {
  return `${filterAttributeLabel(attribute)} ${operator === 'equals' ? 'is' : 'starts with'} ${value}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMPLETE_EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;
// E.164: a plus, then up to 15 digits, the first not zero. Spaces, dashes, dots and brackets that
// people paste are dropped. Fewer than 8 digits is treated as the start of a number.
const PHONE_CHARS = /^\+[\d\s().-]+$/;
const E164 = /^\+[1-9]\d{1,14}$/;
const MIN_FULL_PHONE_DIGITS = 8;

/**
 * Reads one search box: an email, an E.164 phone number, a UUID (the `sub`), otherwise the start
 * of a username. Blank means no filter.
 */
export function interpretQuery(input: string): UserFilter | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (UUID.test(text)) return { attribute: 'sub', operator: 'equals', value: text.toLowerCase() };
  if (text.includes('@') && !/\s/.test(text)) {
    return {
      attribute: 'email',
      operator: COMPLETE_EMAIL.test(text) ? 'equals' : 'startsWith',
      value: text,
    };
  }
  if (PHONE_CHARS.test(text)) {
    const phone = text.replace(/[\s().-]/g, '');
    if (E164.test(phone)) {
      const complete = phone.length - 1 >= MIN_FULL_PHONE_DIGITS;
      return {
        attribute: 'phone_number',
        operator: complete ? 'equals' : 'startsWith',
        value: phone,
      };
    }
  }
  return { attribute: 'username', operator: 'startsWith', value: text };
}
