import { AwsError } from '../protocol/errors.ts';
import type { AttributeRecord, UserPoolRecord } from '../store/types.ts';
import { checkAliases } from '../user-admin/aliases.ts';
import { checkAttributeWrites, checkRequired, schemaOf } from '../user-admin/attributes.ts';
import { userByUsername } from '../user-admin/find-user.ts';
import type { CsvRow } from './csv.ts';

/** AWS's row limit (cognito-user-pools-using-import-tool-csv-header.html). */
export const MAX_ROW_CHARACTERS = 16_000;

/** What becomes of one row; the messages are those of the job's CloudWatch log. */
export type RowOutcome =
  | { kind: 'import'; username: string; attributes: AttributeRecord[] }
  | { kind: 'skip'; reason: string }
  | { kind: 'fail'; reason: string };

const fail = (reason: string): RowOutcome => ({ kind: 'fail', reason });

/** Reads TRUE / true / False as a boolean, anything else as undefined. */
const booleanOf = (value: string) =>
  /^(true|false)$/i.test(value) ? value.toLowerCase() === 'true' : undefined;

/**
 * Checks one row against the pool, as an import job does: the username, cognito:mfa_enabled
 * against the pool's MFA setting, the schema (names, lengths, formats, required attributes), a
 * verified flag only with its value, and at least one of the pool's auto-verified attributes
 * verified. A username already in the pool is skipped, not failed.
 */
export function rowOutcome(pool: UserPoolRecord, header: string[], row: CsvRow): RowOutcome {
  if (row.length > MAX_ROW_CHARACTERS)
    return fail(`The row is longer than ${MAX_ROW_CHARACTERS} characters.`);
  if (row.values.length !== header.length)
    return fail(
      `The row has ${row.values.length} values; the header has ${header.length} columns.`,
    );
  const values = new Map(header.map((column, i) => [column, row.values[i]!.trim()]));

  const username = values.get('cognito:username') ?? '';
  if (username === '' || /\s/.test(username))
    return fail('The cognito:username is missing or contains white space.');

  const mfa = booleanOf(values.get('cognito:mfa_enabled') ?? '');
  const mfaSetting = (pool.pool.MfaConfiguration as string | undefined) ?? 'OFF';
  if (mfa === undefined) return fail('cognito:mfa_enabled must be true or false.');
  if (mfaSetting === 'OFF' && mfa)
    return fail('MFA is off in this user pool: cognito:mfa_enabled must be false.');
  if (mfaSetting === 'ON' && !mfa)
    return fail('MFA is required in this user pool: cognito:mfa_enabled must be true.');

  const types = new Map(schemaOf(pool).map((a) => [a.Name, a.AttributeDataType]));
  const attributes: AttributeRecord[] = [];
  for (const [name, raw] of values) {
    if (name.startsWith('cognito:') || raw === '') continue;
    const flag = types.get(name) === 'Boolean' ? booleanOf(raw) : undefined;
    attributes.push({ Name: name, Value: flag === undefined ? raw : String(flag) });
  }
  try {
    checkAttributeWrites(pool, attributes, 'create');
    checkRequired(pool, attributes);
  } catch (error) {
    if (error instanceof AwsError)
      return fail(`The user data doesn't match the schema: ${error.message}`);
    throw error;
  }

  const has = (name: string) => attributes.some((a) => a.Name === name);
  const verified = (name: string) => attributes.some((a) => a.Name === name && a.Value === 'true');
  for (const attribute of ['email', 'phone_number']) {
    if (verified(`${attribute}_verified`) && !has(attribute))
      return fail(`${attribute}_verified is true but ${attribute} is empty.`);
  }
  const autoVerified = (pool.pool.AutoVerifiedAttributes as string[] | undefined) ?? [];
  if (autoVerified.length > 0 && !autoVerified.some((a) => verified(`${a}_verified`))) {
    return fail(
      'The User Record does not set any of the auto verified attributes to true. (Example: email_verified to true).',
    );
  }

  if (userByUsername(pool, username)) return { kind: 'skip', reason: 'The user already exists.' };
  try {
    checkAliases(pool, username, attributes, {
      force: false,
      usernameConflict: () => new AwsError('AliasExistsException', 'The user already exists.'),
    });
  } catch (error) {
    if (error instanceof AwsError) return fail(error.message);
    throw error;
  }
  return { kind: 'import', username, attributes };
}
