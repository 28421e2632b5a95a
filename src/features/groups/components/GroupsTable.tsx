import { DataTable, RowLink } from '@/components/DataTable';
import { formatDateTime } from '@/lib/format';
import type { Group } from '@/api/groups/get-group';
import { toGroup } from '../routes';

export function GroupsTable({
  poolId,
  groups,
  busy,
}: {
  poolId: string;
  groups: Group[];
  busy?: boolean;
}) {
  return (
    <DataTable
      caption="Groups"
      rows={groups}
      rowKey={(group) => group.GroupName ?? ''}
      busy={busy}
      columns={[
        {
          header: 'Name',
          cell: (group) => (
            <RowLink to={toGroup({ poolId, groupName: group.GroupName ?? '' })}>
              {group.GroupName}
            </RowLink>
          ),
        },
        { header: 'Description', cell: (group) => group.Description },
        { header: 'Precedence', cell: (group) => group.Precedence ?? '' },
        { header: 'IAM role', kind: 'id', cell: (group) => group.RoleArn },
        { header: 'Last modified', cell: (group) => formatDateTime(group.LastModifiedDate) },
      ]}
    />
  );
}
