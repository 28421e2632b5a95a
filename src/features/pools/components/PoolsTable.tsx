import { DataTable, RowLink } from '@/components/DataTable';
import { formatDateTime } from '@/lib/format';
import type { PoolSummary } from '@/api/pools/list-user-pools';
import { toPool } from '../routes';

export function PoolsTable({ pools, busy }: { pools: PoolSummary[]; busy?: boolean }) {
  return (
    <DataTable
      caption="User pools"
      rows={pools}
      rowKey={(pool) => pool.id}
      busy={busy}
      columns={[
        {
          header: 'Name',
          cell: (pool) => <RowLink to={toPool({ poolId: pool.id })}>{pool.name}</RowLink>,
        },
        { header: 'Pool ID', kind: 'id', cell: (pool) => pool.id },
        { header: 'Created', cell: (pool) => formatDateTime(pool.createdAt) },
        { header: 'Last modified', cell: (pool) => formatDateTime(pool.modifiedAt) },
      ]}
    />
  );
}
