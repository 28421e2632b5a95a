/**
 * Deep-search conditions: attribute + operator + value, all of them must hold (AND). Applied in
 * the browser to every user a scan returns, so any attribute works, custom ones included.
 */

export type ConditionOperator = 'contains' | 'equals' | 'startsWith' | 'isEmpty';

export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  'contains',
  'equals',
  'startsWith',
  'isEmpty',
];

const operatorWords: Record<ConditionOperator, string> = {
  contains: 'contains',
  equals: 'equals',
  startsWith: 'starts with',
  isEmpty: 'is empty',
};

export function conditionOperatorLabel(operator: ConditionOperator): string {
  return operatorWords[operator];
}

export function isConditionOperator(value: unknown): value is ConditionOperator {
  return (CONDITION_OPERATORS as readonly unknown[]).includes(value);
}

export interface Condition {
  /** `username`, `cognito:user_status`, `status` (Enabled/Disabled) or any attribute name. */
  attribute: string;
  operator: ConditionOperator;
  value: string;
}

/** The structural part of the SDK's UserType this module reads (no SDK import: runs anywhere). */
export interface ScannedUser {
  Username?: string;
  Attributes?: readonly { Name?: string; Value?: string }[];
  UserStatus?: string;
  Enabled?: boolean;
}

/** A user's value for a condition's attribute; undefined when the user has none. */
export function userValue(user: ScannedUser, attribute: string): string | undefined {
  if (attribute === 'username') return user.Username;
  if (attribute === 'cognito:user_status') return user.UserStatus;
  if (attribute === 'status') {
    return user.Enabled === undefined ? undefined : user.Enabled ? 'Enabled' : 'Disabled';
  }
  return user.Attributes?.find((a) => a.Name === attribute)?.Value;
}

/** Whether a condition can run: an attribute, and a value unless the operator is "is empty". */
export function isCompleteCondition(condition: Condition): boolean {
  return (
    condition.attribute.trim() !== '' &&
    (condition.operator === 'isEmpty' || condition.value.trim() !== '')
  );
}

/** Comparison ignores case (support agents rarely know how a value was typed). */
function matchesOne(user: ScannedUser, { attribute, operator, value }: Condition): boolean {
  const actual = userValue(user, attribute.trim());
  if (operator === 'isEmpty') return actual === undefined || actual.trim() === '';
  if (actual === undefined) return false;
  const have = actual.toLocaleLowerCase();
  const want = value.trim().toLocaleLowerCase();
  if (operator === 'equals') return have === want;
  if (operator === 'startsWith') return have.startsWith(want);
  return have.includes(want);
}

/** A predicate that holds when every condition holds (an empty list matches everyone). */
export function matchAll(conditions: readonly Condition[]): (user: ScannedUser) => boolean {
  const active = conditions.filter(isCompleteCondition);
  return (user) => active.every((condition) => matchesOne(user, condition));
}

export function describeCondition({ attribute, operator, value }: Condition): string {
  return operator === 'isEmpty'
    ? `${attribute} is empty`
    : `${attribute} ${conditionOperatorLabel(operator)} ${value}`;
}

// URL form: one `cond` search param per condition, `attribute|operator|value`. Attribute names
// cannot hold `|` and operators are fixed words, so the value may contain anything, `|` included.
const SEPARATOR = '|';

export function encodeCondition({ attribute, operator, value }: Condition): string {
  return [attribute, operator, operator === 'isEmpty' ? '' : value].join(SEPARATOR);
}

export function decodeCondition(text: string): Condition | undefined {
  const first = text.indexOf(SEPARATOR);
  const second = first < 0 ? -1 : text.indexOf(SEPARATOR, first + 1);
  if (second < 0) return undefined;
  const attribute = text.slice(0, first);
  const operator = text.slice(first + 1, second);
  if (attribute === '' || !isConditionOperator(operator)) return undefined;
  return { attribute, operator, value: text.slice(second + 1) };
}
