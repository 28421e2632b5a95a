import { useUserGroupsMap } from '@/api/users/user-groups-map';
import type { UserColumn } from './user-columns';

export const GROUPS_COLUMN_ID = 'groups';

/** Offered in the column picker; its values come from useGroupsColumn, not from the user. */
export const groupsColumn: UserColumn = { id: GROUPS_COLUMN_ID, header: 'Groups', value: () => '' };

/**
 * The columns with the Groups column filled in for the rows in view, when it is chosen; nothing
 * is asked otherwise. Group names are data: they render as text, comma-separated.
 */
export function useGroupsColumn(
  poolId: string,
  usernamesInView: readonly string[],
  columns: readonly UserColumn[],
): readonly UserColumn[] {
  const shown = columns.some((column) => column.id === GROUPS_COLUMN_ID);
  const lookup = useUserGroupsMap(poolId, usernamesInView, { enabled: shown });
  if (!shown) return columns;
  const value = (user: { username: string }) => {
    const groups = lookup.groupsOf(user.username);
    if (groups) return groups.join(', ');
    return lookup.error ? 'Could not load' : 'Loading…';
  };
  return columns.map((column) => (column.id === GROUPS_COLUMN_ID ? { ...column, value } : column));
}
