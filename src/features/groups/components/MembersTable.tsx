import { Link } from 'react-router';
import { toUser } from '@/features/users/routes';
import { Button } from '@/components/Button';
import { DataTable, type DataColumn } from '@/components/DataTable';
import type { GroupMember } from '@/api/groups/list-users-in-group';

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
  onRemove?: (username: string) => void;
}) {
  const columns: DataColumn<GroupMember>[] = [
    {
      header: 'Username',
      kind: 'id',
      cell: (member) => (
        <Link
          to={toUser({ poolId, username: member.username })}
          className="text-blue-800 hover:underline"
        >
          {member.username}
        </Link>
      ),
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
      cell: (member) => (
        <Button
          variant="ghost"
          onClick={() => onRemove(member.username)}
          aria-label={`Remove ${member.username} from group`}
        >
          Remove
        </Button>
      ),
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
