import { formatBoolean, formatDateTime } from '@/lib/format';
import type { ListedUser } from '@/api/users/list-users';
import { groupsColumn } from './groups-column';

/** A column of the users table; `value` is plain text (React escapes it; never HTML). */
export interface UserColumn {
  id: string;
  header: string;
  value: (user: ListedUser) => string;
}

const attribute =
  (name: string) =>
  (user: ListedUser): string =>
    user.attributes[name] ?? '';

/**
 * Always shown: it links to the user, named as the console names users (the email where the pool's
 * usernames are generated IDs, see userDisplayName).
 */
export const userColumn = (nameOf: (user: ListedUser) => string): UserColumn => ({
  id: 'username',
  header: 'User',
  value: nameOf,
});

const fixedColumns: UserColumn[] = [
  { id: 'email', header: 'Email', value: attribute('email') },
  { id: 'phone_number', header: 'Phone', value: attribute('phone_number') },
  { id: 'status', header: 'Status', value: (user) => user.status ?? '' },
  {
    id: 'enabled',
    header: 'Enabled',
    value: (user) => formatBoolean(user.enabled, 'Enabled', 'Disabled'),
  },
  { id: 'created', header: 'Created', value: (user) => formatDateTime(user.createdAt) },
  { id: 'modified', header: 'Last modified', value: (user) => formatDateTime(user.modifiedAt) },
  groupsColumn,
];

export const DEFAULT_COLUMN_IDS = ['email', 'phone_number', 'status', 'enabled', 'created'];

/** The optional columns: the fixed ones, then every other attribute of the pool's schema. */
export function availableColumns(schemaAttributeNames: readonly string[]): UserColumn[] {
  const taken = new Set(fixedColumns.map((c) => c.id));
  const extra = schemaAttributeNames
    .filter((name) => !taken.has(name))
    .map((name) => ({ id: name, header: name, value: attribute(name) }));
  return [...fixedColumns, ...extra];
}

/** Columns in the order offered, limited to the chosen ids (plus any extra ids not offered). */
export function chosenColumns(
  available: UserColumn[],
  ids: readonly string[],
  nameOf: (user: ListedUser) => string,
): UserColumn[] {
  const chosen = new Set(ids);
  const offered = new Set(available.map((c) => c.id));
  const extra = ids
    .filter((id) => !offered.has(id))
    .map((id) => ({ id, header: id, value: attribute(id) }));
  return [userColumn(nameOf), ...available.filter((c) => chosen.has(c.id)), ...extra];
}
