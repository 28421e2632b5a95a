import { DataTable, RowLink } from '@/components/DataTable';
import type { ClientsPage } from '@/api/clients/list-user-pool-clients';
import { toClient } from '../routes';

type Client = ClientsPage['clients'][number];

export function ClientsTable({
  poolId,
  clients,
  busy,
}: {
  poolId: string;
  clients: Client[];
  busy?: boolean;
}) {
  return (
    <DataTable
      caption="App clients"
      rows={clients}
      rowKey={(client) => client.ClientId ?? ''}
      busy={busy}
      columns={[
        {
          header: 'Name',
          cell: (client) => (
            <RowLink to={toClient({ poolId, clientId: client.ClientId ?? '' })}>
              {client.ClientName}
            </RowLink>
          ),
        },
        { header: 'Client ID', kind: 'id', cell: (client) => client.ClientId },
      ]}
    />
  );
}
