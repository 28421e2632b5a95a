import { useVirtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ListedUser } from '@/api/users/list-users';
import { toUser } from '../routes';
import { useGroupsColumn } from './groups-column';
import type { UserColumn } from './user-columns';
import { SelectCell, SelectPageHeader } from './SelectCells';
import type { RowSelection } from './use-user-selection';

const ROW_HEIGHT = 40;
/** Rows from the end at which the list counts as nearly read through. */
const NEAR_END_ROWS = 15;

interface UsersTableProps {
  poolId: string;
  users: readonly ListedUser[];
  columns: readonly UserColumn[];
  caption: string;
  busy?: boolean;
  /** Checkboxes to pick rows for a bulk action. */
  selection?: RowSelection;
  /** Called when rows near the end come into view: the time to load the next page. */
  onNearEnd?: () => unknown;
}

/**
 * Users in a real <table> (headers, row and column semantics) whose body is virtualized: only the
 * rows in view are rendered, spacer rows stand in for the rest, so long result lists stay smooth.
 */
export function UsersTable({
  poolId,
  users,
  columns: chosen,
  caption,
  busy,
  selection,
  onNearEnd,
}: UsersTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render by design
  const virtualizer = useVirtualizer({
    count: users.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => users[index]?.username ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const columns = useGroupsColumn(
    poolId,
    items.map((item) => users[item.index]?.username ?? ''),
    chosen,
  );
  const lastInView = items.at(-1)?.index ?? -1;
  const nearEnd = users.length > 0 && lastInView >= users.length - NEAR_END_ROWS;
  useEffect(() => {
    if (nearEnd) void onNearEnd?.();
  }, [nearEnd, onNearEnd]);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  const span = columns.length + (selection ? 1 : 0);

  return (
    <div
      ref={scrollRef}
      // Scrollable, so it must be reachable by keyboard.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={caption}
      className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white"
    >
      <table
        // Fixed layout: the columns share the width and long values are cut with an ellipsis (the
        // full value is in the title), so no column is pushed out of view.
        className={clsx('w-full table-fixed text-left text-sm', busy && 'opacity-60')}
        aria-busy={busy || undefined}
        aria-rowcount={users.length + 1}
      >
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr aria-rowindex={1}>
            {selection && <SelectPageHeader users={users} selection={selection} />}
            {columns.map((column) => (
              <th key={column.id} scope="col" className="px-3 py-2 font-semibold wrap-anywhere">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {paddingTop > 0 && (
            <tr aria-hidden="true" style={{ height: paddingTop }}>
              <td colSpan={span} />
            </tr>
          )}
          {items.map((item) => {
            const user = users[item.index];
            if (!user) return null;
            return (
              <tr
                key={item.key}
                aria-rowindex={item.index + 2}
                className="hover:bg-slate-50"
                style={{ height: ROW_HEIGHT }}
              >
                {selection && (
                  <SelectCell user={user} name={columns[0]?.value(user)} selection={selection} />
                )}
                {columns.map((column, i) => {
                  const text = column.value(user);
                  return i === 0 ? (
                    <th key={column.id} scope="row" className="truncate px-3 py-2 font-medium">
                      <Link
                        to={toUser({ poolId, username: user.username })}
                        className="text-blue-800 hover:underline"
                        title={text}
                      >
                        {text}
                      </Link>
                    </th>
                  ) : (
                    <td
                      key={column.id}
                      className="truncate px-3 py-2 text-slate-700"
                      title={text || undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" style={{ height: paddingBottom }}>
              <td colSpan={span} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
