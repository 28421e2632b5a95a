import { validateAttributeValue } from '../user-attributes/validate';
import { MAX_ROW_CHARACTERS, MAX_USERNAME_LENGTH } from './import-limits';
import type { ImportProblem } from './import-problem';
import type { ImportRules } from './import-rules';

/** Cognito reads TRUE, True and true alike in an import file. */
const booleanOf = (value: string) =>
  /^(true|false)$/i.test(value) ? value.toLowerCase() === 'true' : undefined;

/**
 * What Cognito would refuse in one data row, column by column: the username, cognito:mfa_enabled
 * against the pool's MFA setting, each attribute against the schema (required, formats, lengths,
 * booleans), a verified flag only with its value, and at least one of the pool's auto-verified
 * attributes verified ("The User Record does not set any of the auto verified attributes to
 * true"). Values are read trimmed, as Cognito reads them.
 */
export function rowProblems(
  rules: ImportRules,
  header: readonly string[],
  fields: readonly string[],
  row: number,
  characters = 0,
): ImportProblem[] {
  if (characters > MAX_ROW_CHARACTERS)
    return [{ row, message: `The row is longer than ${MAX_ROW_CHARACTERS} characters.` }];
  if (fields.length !== header.length)
    return [
      {
        row,
        message: `The row has ${fields.length} values; the header has ${header.length} columns.`,
      },
    ];
  const problems: ImportProblem[] = [];
  const at = (column: string, message: string) => problems.push({ row, column, message });
  const values = new Map(header.map((column, i) => [column, fields[i]!.trim()]));

  const username = values.get('cognito:username') ?? '';
  if (username === '') at('cognito:username', 'Every user needs a username.');
  else if (/\s/u.test(username)) at('cognito:username', 'A username cannot contain white space.');
  else if (username.length > MAX_USERNAME_LENGTH)
    at('cognito:username', `A username has at most ${MAX_USERNAME_LENGTH} characters.`);

  const mfa = booleanOf(values.get('cognito:mfa_enabled') ?? '');
  if (mfa === undefined) at('cognito:mfa_enabled', 'Must be true or false.');
  else if (rules.mfa === 'OFF' && mfa)
    at('cognito:mfa_enabled', 'MFA is off in this pool: must be false.');
  else if (rules.mfa === 'ON' && !mfa)
    at('cognito:mfa_enabled', 'MFA is required in this pool: must be true.');

  for (const [column, raw] of values) {
    const definition = rules.attributes.get(column);
    if (!definition) continue;
    const value = definition.dataType === 'Boolean' && raw !== '' ? raw.toLowerCase() : raw;
    const problem = validateAttributeValue(definition, value);
    if (problem) at(column, value === '' ? `${column} is required in this pool.` : problem);
  }

  const verified = (attribute: string) => booleanOf(values.get(`${attribute}_verified`) ?? '');
  for (const attribute of ['email', 'phone_number']) {
    if (verified(attribute) && !values.get(attribute))
      at(`${attribute}_verified`, `${attribute}_verified is true but ${attribute} is empty.`);
  }
  if (rules.autoVerified.length > 0 && !rules.autoVerified.some((a) => verified(a) === true)) {
    const flags = rules.autoVerified.map((a) => `${a}_verified`);
    at(
      flags[0]!,
      flags.length === 1
        ? `This pool verifies ${rules.autoVerified[0]} itself: ${flags[0]} must be true.`
        : `This pool verifies ${rules.autoVerified.join(' and ')} itself: one of ${flags.join(', ')} must be true.`,
    );
  }
  return problems;
}
