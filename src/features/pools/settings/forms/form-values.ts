/** Shared bits of the settings forms: model constraints and the "unchanged means unchanged" rule. */

/** ArnType of the Cognito model (20–2048 characters). */
export const arnPattern =
  /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/;

export function arnProblem(value: string, what: string): string | null {
  if (value === '') return null;
  if (value.length < 20 || value.length > 2048 || !arnPattern.test(value)) {
    return `Enter a full ${what} ARN, e.g. arn:aws:${what === 'Lambda function' ? 'lambda:us-east-1:123456789012:function:name' : '…'}.`;
  }
  return null;
}

/** An optional text setting: empty means not set. */
export const optionalText = (value: string): string | undefined =>
  value.trim() === '' ? undefined : value;

const isUnsetLike = (value: unknown) =>
  value === undefined ||
  value === false ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/**
 * A form shows an unset setting as off, empty or none. Saving it untouched must not turn "not set"
 * into an explicit false or [] in the request, so such a value stays unset.
 */
export function settle<T>(before: T | undefined, after: T): T | undefined {
  return before === undefined && isUnsetLike(after) ? undefined : after;
}

/** Optional integer inputs: an empty box is undefined, anything else a number for zod to check. */
export const numberOrUndefined = (value: unknown): number | undefined =>
  value === '' || value === undefined || value === null ? undefined : Number(value);

/** A nested setting that was not set stays unset when the form leaves all its members empty. */
export function settleObject<T extends object>(before: T | undefined, after: T): T | undefined {
  return before === undefined && Object.values(after).every((v) => v === undefined)
    ? undefined
    : after;
}
