import { DataTable, RowLink } from '@/components/DataTable';
import type { ResourceServer } from '@/api/resource-servers/list-resource-servers';
import { toResourceServer } from '../routes';

export function ResourceServersTable({
  poolId,
  servers,
}: {
  poolId: string;
  servers: ResourceServer[];
}) {
  return (
    <DataTable
      caption="Resource servers"
      rows={servers}
      rowKey={(server) => server.Identifier ?? ''}
      columns={[
        {
          header: 'Name',
          cell: (server) => (
            <RowLink to={toResourceServer({ poolId, identifier: server.Identifier ?? '' })}>
              {server.Name}
            </RowLink>
          ),
        },
        { header: 'Identifier', kind: 'id', cell: (server) => server.Identifier },
        {
          header: 'Scopes',
          cell: (server) => (server.Scopes ?? []).map((s) => s.ScopeName).join(', ') || '—',
        },
      ]}
    />
  );
}
