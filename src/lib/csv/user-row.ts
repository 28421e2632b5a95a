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

/** A report's optional last column: the user's group names, sorted, joined with `;`. */
export const GROUPS_COLUMN = 'groups';

export type ExportColumns = 'import' | 'report';

/** Each user's group names, sorted (see lib/users/group-memberships.ts). */
export type GroupsByUser = ReadonlyMap<string, readonly string[]>;

/** The pool's MFA setting, as DescribeUserPool's MfaConfiguration says it. */
export type PoolMfa = 'OFF' | 'ON' | 'OPTIONAL';

/** The file's columns; `groups` only for a report (an import file is GetCSVHeader's alone). */
export function exportHeader(
  csvHeader: readonly string[],
  columns: ExportColumns,
  groups = false,
): string[] {
  if (columns !== 'report') return [...csvHeader];
  return [...csvHeader, ...REPORT_COLUMNS, ...(groups ? [GROUPS_COLUMN] : [])];
}

/**
 * `cognito:mfa_enabled` for an import into a pool like this one. ListUsers does not say whether
 * a user set up MFA, so the pool decides: required MFA is `true` (an import refuses `false`
 * there); off or optional is `false` (an import refuses `true` where MFA is off).
 */
export const mfaEnabledFor = (mfa: PoolMfa) => (mfa === 'ON' ? 'true' : 'false');

const iso = (date: Date | undefined) => (date ? date.toISOString() : '');

/**
 * Returns a function from a user to the values of one row, in `exportHeader`'s order. With
 * `groupsByUser`, a report ends with the user's groups.
 */
export function userRowBuilder(
  csvHeader: readonly string[],
  columns: ExportColumns,
  mfa: PoolMfa,
  groupsByUser?: GroupsByUser,
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
      if (groupsByUser) values.push((groupsByUser.get(user.Username ?? '') ?? []).join(';'));
    }
    return values;
  };
}
