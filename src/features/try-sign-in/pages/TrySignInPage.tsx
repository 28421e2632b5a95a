import { useParams } from 'react-router';
import { useDescribeUserPoolClient, type AppClient } from '@/api/clients/describe-user-pool-client';
import { useDescribeUserPool, type UserPool } from '@/api/pools/describe-user-pool';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { TrySignIn } from '../components/TrySignIn';

/** Signs a test user up and in through one app client, as the client's app would. */
export function TrySignInPage() {
  const { poolId = '', clientId = '' } = useParams();
  const client = useDescribeUserPoolClient(poolId, clientId);
  const pool = useDescribeUserPool(poolId);
  if (client.isError || pool.isError) {
    return (
      <ErrorState
        title={`Could not load app client ${clientId}`}
        error={client.error ?? pool.error}
        onRetry={() => {
          if (client.isError) void client.refetch();
          if (pool.isError) void pool.refetch();
        }}
        retrying={client.isFetching || pool.isFetching}
      />
    );
  }
  if (client.isPending || pool.isPending) {
    return <LoadingState label="Loading app client…" rows={6} />;
  }
  return <TrySignInLoaded poolId={poolId} client={client.data} pool={pool.data} />;
}

function TrySignInLoaded({
  poolId,
  client,
  pool,
}: {
  poolId: string;
  client: AppClient;
  pool: UserPool;
}) {
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Try sign-in</h1>
        <p className="text-sm text-slate-600">
          Through app client{' '}
          <span className="font-semibold break-all">{client.ClientName ?? client.ClientId}</span> of{' '}
          {pool.Name ?? poolId}, unsigned from this browser as the client’s app would call Cognito.
        </p>
      </div>
      <TrySignIn poolId={poolId} client={client} pool={pool} />
    </div>
  );
}
