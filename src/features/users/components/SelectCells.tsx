import { useEffect, useRef } from 'react';
import type { ListedUser } from '@/api/users/list-users';
import type { RowSelection } from './use-user-selection';

const boxClass = 'size-4 accent-blue-700';

/** The header's checkbox: every row of this page (mixed when only some are picked). */
export function SelectPageHeader({
  users,
  selection,
}: {
  users: readonly ListedUser[];
  selection: RowSelection;
}) {
  const picked = users.filter((u) => selection.isSelected(u.username)).length;
  const all = users.length > 0 && picked === users.length;
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = picked > 0 && !all;
  }, [picked, all]);
  return (
    <th scope="col" className="w-10 px-3 py-2">
      <input
        ref={ref}
        type="checkbox"
        className={boxClass}
        aria-label="Select all users on this page"
        checked={all}
        onChange={(event) => selection.togglePage(users, event.target.checked)}
      />
    </th>
  );
}

export function SelectCell({
  user,
  name,
  selection,
}: {
  user: ListedUser;
  name?: string;
  selection: RowSelection;
}) {
  return (
    <td className="w-10 px-3 py-2">
      <input
        type="checkbox"
        className={boxClass}
        aria-label={`Select ${name || user.username}`}
        checked={selection.isSelected(user.username)}
        onChange={(event) => selection.toggle(user, event.target.checked)}
      />
    </td>
  );
}
