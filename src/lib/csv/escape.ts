/**
 * Writing CSV values. Two dialects, because a user export serves two readers:
 * - `rfc4180`, for spreadsheets: a value with a comma, a double quote or a line break goes in
 *   double quotes, a quote inside written twice.
 * - `cognito`, for CreateUserImportJob: AWS's import format writes a comma inside a value as `\,`
 *   and wants strings without quotation marks. A value with a quote, a line break or a backslash
 *   (which `\,` would make ambiguous) has no unquoted form, so it falls back to RFC 4180 quotes.
 */
export type CsvDialect = 'rfc4180' | 'cognito';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): `=`, `+`,
 * `-`, `@`, and tab and carriage return, which some spreadsheets skip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, such as an E.164 phone number (+4915…) or -12.5: it cannot hold a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** Whether the formula guard changes this value (it then starts with `'`). */
export function needsFormulaGuard(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
}

export interface EscapeOptions {
  dialect: CsvDialect;
  /** Prefix `'` to a value a spreadsheet would run as a formula (see needsFormulaGuard). */
  formulaGuard: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const NO_COGNITO_FORM = /["\r\n\\]/;

const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** One value, ready to stand between commas. */
export function escapeField(raw: string, { dialect, formulaGuard }: EscapeOptions): string {
  const value = formulaGuard && needsFormulaGuard(raw) ? `'${raw}` : raw;
  if (dialect === 'cognito') {
    if (NO_COGNITO_FORM.test(value)) return quoted(value);
    return value.replaceAll(',', '\\,');
  }
  return NEEDS_QUOTES.test(value) ? quoted(value) : value;
}

/** One line of the file, with its CRLF ending (RFC 4180). */
export function csvLine(values: readonly string[], options: EscapeOptions): string {
  return `${values.map((v) => escapeField(v, options)).join(',')}\r\n`;
}
