/**
 * A user as a row of an export file. The columns start with GetCSVHeader's, in its order, so the
 * file (with only those) is a valid CreateUserImportJob file; a report adds columns after them
 * that ListUsers knows and an import does not take.
 */

/** What ListUsers returns for a user, as far as an export reads it (the SDK's UserType fits). */
export interface ExportableUser {
  Username?: string;
  Attributes?: readonly { Name?: string; Value?: string }[];
  Enabled?: boolean;
  UserStatus?: string;
  UserCreateDate?: Date;
  UserLastModifiedDate?: Date;
}

/** Columns a report adds after GetCSVHeader's. CreateUserImportJob refuses any of them. */
export const REPORT_COLUMNS = ['status', 'enabled', 'created', 'modified'] as const;

export type ExportColumns = 'import' | 'report';

/** The pool's MFA setting, as DescribeUserPool's MfaConfiguration says it. */
export type PoolMfa = 'OFF' | 'ON' | 'OPTIONAL';

export function exportHeader(csvHeader: readonly string[], columns: ExportColumns): string[] {
  return columns === 'report' ? [...csvHeader, ...REPORT_COLUMNS] : [...csvHeader];
}

/**
 * `cognito:mfa_enabled` for an import into a pool like this one. ListUsers does not say whether
 * a user set up MFA, so the pool decides: required MFA is `true` (an import refuses `false`
 * there); off or optional is `false` (an import refuses `true` where MFA is off).
 */
export const mfaEnabledFor = (mfa: PoolMfa) => (mfa === 'ON' ? 'true' : 'false');

const iso = (date: Date | undefined) => (date ? date.toISOString() : '');

/** Returns a function from a user to the values of one row, in `exportHeader`'s order. */
export function userRowBuilder(
  csvHeader: readonly string[],
  columns: ExportColumns,
  mfa: PoolMfa,
): (user: ExportableUser) => string[] {
  const mfaEnabled = mfaEnabledFor(mfa);
  return (user) => {
    const attributes = new Map<string, string>();
    for (const { Name, Value } of user.Attributes ?? []) {
      if (Name !== undefined && Value !== undefined) attributes.set(Name, Value);
    }
    const values = csvHeader.map((column) => {
      if (column === 'cognito:username') return user.Username ?? '';
      if (column === 'cognito:mfa_enabled') return mfaEnabled;
      return attributes.get(column) ?? '';
    });
    if (columns === 'report') {
      values.push(
        user.UserStatus ?? '',
        user.Enabled === undefined ? '' : String(user.Enabled),
        iso(user.UserCreateDate),
        iso(user.UserLastModifiedDate),
      );
    }
    return values;
  };
}
