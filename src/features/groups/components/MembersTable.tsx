import clsx from 'clsx';
import { Link } from 'react-router';
import { toUser } from '@/features/users/routes';
import { Button } from '@/components/Button';
import { DataTable, type DataColumn } from '@/components/DataTable';
import type { GroupMember } from '@/api/groups/list-users-in-group';
import { useUserNaming } from '@/api/users/user-naming';

export function MembersTable({
  poolId,
  members,
  busy,
  onRemove,
}: {
  poolId: string;
  members: GroupMember[];
  busy?: boolean;
  /** Absent for read-only viewers. */
  onRemove?: (member: { username: string; name: string }) => void;
}) {
  const nameOf = useUserNaming(poolId);
  const columns: DataColumn<GroupMember>[] = [
    {
      header: 'User',
      cell: (member) => {
        const name = nameOf(member);
        return (
          <Link
            to={toUser({ poolId, username: member.username })}
            className={clsx(
              'break-all text-blue-800 hover:underline',
              name === member.username && 'font-mono text-xs',
            )}
          >
            {name}
          </Link>
        );
      },
    },
    { header: 'Email', cell: (member) => <span className="break-all">{member.email}</span> },
    {
      header: 'Status',
      cell: (member) => `${member.status ?? ''}${member.enabled === false ? ' (disabled)' : ''}`,
    },
  ];
  if (onRemove) {
    columns.push({
      header: 'Actions',
      headerHidden: true,
      align: 'end',
      cell: (member) => {
        const name = nameOf(member);
        return (
          <Button
            variant="ghost"
            onClick={() => onRemove({ username: member.username, name })}
            aria-label={`Remove ${name} from group`}
          >
            Remove
          </Button>
        );
      },
    });
  }
  return (
    <DataTable
      caption="Members"
      rows={members}
      rowKey={(member) => member.username}
      busy={busy}
      columns={columns}
    />
  );
}
