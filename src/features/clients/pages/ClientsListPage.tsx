import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useCanOpen } from '@/session/session-hooks';
import { buttonClass } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import {
  CLIENTS_PAGE_SIZE,
  useListUserPoolClients,
  listUserPoolClientsQueryOptions,
} from '@/api/clients/list-user-pool-clients';
import { ClientsTable } from '../components/ClientsTable';
import { usePageTokens } from '@/components/use-page-tokens';
import { createClientRoute, toCreateClient } from '../routes';

function CreateClientLink({ poolId }: { poolId: string }) {
  return (
    <Link to={toCreateClient({ poolId })} className={buttonClass('primary')}>
      Create app client
    </Link>
  );
}

export function ClientsListPage() {
  const { poolId = '' } = useParams();
  const canCreate = useCanOpen(createClientRoute);
  const paging = usePageTokens(poolId);
  const clients = useListUserPoolClients(poolId, paging.token);
  const queryClient = useQueryClient();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">App clients</h1>
          <p className="font-mono text-sm text-slate-600">{poolId}</p>
        </div>
        {canCreate && <CreateClientLink poolId={poolId} />}
      </div>
      {clients.isPending ? (
        <LoadingState label="Loading app clients…" />
      ) : clients.isError ? (
        <ErrorState
          title="Could not list app clients"
          error={clients.error}
          onRetry={() => void clients.refetch()}
          retrying={clients.isFetching}
        />
      ) : clients.data.clients.length === 0 && paging.page === 0 ? (
        <EmptyState
          title="No app clients in this pool"
          action={canCreate ? <CreateClientLink poolId={poolId} /> : undefined}
        >
          {canCreate
            ? 'Create one so an application can sign users in.'
            : 'An administrator can create one.'}
        </EmptyState>
      ) : (
        <>
          <ClientsTable
            poolId={poolId}
            clients={clients.data.clients}
            busy={clients.isPlaceholderData}
          />
          <Pager
            page={paging.page}
            pageSize={CLIENTS_PAGE_SIZE}
            itemsOnPage={clients.data.clients.length}
            hasNext={Boolean(clients.data.nextToken) && !clients.isPlaceholderData}
            busy={clients.isPlaceholderData}
            onNext={() => clients.data.nextToken && paging.next(clients.data.nextToken)}
            prefetchNext={() => {
              const token = clients.data.nextToken;
              if (token)
                void queryClient.prefetchQuery(listUserPoolClientsQueryOptions(poolId, token));
            }}
            onPrevious={paging.previous}
          />
        </>
      )}
    </div>
  );
}
