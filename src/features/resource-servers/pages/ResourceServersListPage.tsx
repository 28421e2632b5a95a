import { Link, useParams } from 'react-router';
import { useCanOpen } from '@/session/session-hooks';
import { buttonClass } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { MAX_RESOURCE_SERVERS } from '@/features/resource-servers/forms/resource-server-rules';
import { useListResourceServers } from '@/api/resource-servers/list-resource-servers';
import { ResourceServersTable } from '../components/ResourceServersTable';
import { createResourceServerRoute, toCreateResourceServer } from '../routes';

function CreateLink({ poolId }: { poolId: string }) {
  return (
    <Link to={toCreateResourceServer({ poolId })} className={buttonClass('primary')}>
      Create resource server
    </Link>
  );
}

export function ResourceServersListPage() {
  const { poolId = '' } = useParams();
  const canCreate = useCanOpen(createResourceServerRoute);
  const servers = useListResourceServers(poolId);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Resource servers</h1>
          <p className="text-sm text-slate-600">
            APIs and the OAuth scopes app clients may request (at most {MAX_RESOURCE_SERVERS} per
            pool).
          </p>
        </div>
        {canCreate && <CreateLink poolId={poolId} />}
      </div>
      {servers.isPending ? (
        <LoadingState label="Loading resource servers…" />
      ) : servers.isError ? (
        <ErrorState
          title="Could not list resource servers"
          error={servers.error}
          onRetry={() => void servers.refetch()}
          retrying={servers.isFetching}
        />
      ) : servers.data.length === 0 ? (
        <EmptyState
          title="No resource servers"
          action={canCreate ? <CreateLink poolId={poolId} /> : undefined}
        >
          {canCreate
            ? 'Create one to define custom scopes for your API.'
            : 'An administrator can create one.'}
        </EmptyState>
      ) : (
        <ResourceServersTable poolId={poolId} servers={servers.data} />
      )}
    </div>
  );
}
