import { useQueryClient } from '@tanstack/react-query';
import { usePageTokens } from '@/components/use-page-tokens';
import { Link } from 'react-router';
import { useRegion } from '@/session/region';
import { useCanOpen } from '@/session/session-hooks';
import { buttonClass } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import {
  POOLS_PAGE_SIZE,
  useListUserPools,
  listUserPoolsQueryOptions,
} from '@/api/pools/list-user-pools';
import { PoolsTable } from '../components/PoolsTable';
import { createPoolRoute, toCreatePool } from '../routes';

function CreatePoolLink() {
  return (
    <Link to={toCreatePool({})} className={buttonClass('primary')}>
      Create user pool
    </Link>
  );
}

export function PoolsListPage() {
  const { region } = useRegion();
  const canCreate = useCanOpen(createPoolRoute);
  const paging = usePageTokens(region);
  const pools = useListUserPools(region, paging.token);
  const queryClient = useQueryClient();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">User pools</h1>
          <p className="text-sm text-slate-600">In {region}</p>
        </div>
        {canCreate && <CreatePoolLink />}
      </div>
      {pools.isPending ? (
        <LoadingState label="Loading user pools…" />
      ) : pools.isError ? (
        <ErrorState
          title="Could not list user pools"
          error={pools.error}
          onRetry={() => void pools.refetch()}
          retrying={pools.isFetching}
        />
      ) : pools.data.pools.length === 0 && paging.page === 0 ? (
        <EmptyState
          title={`No user pools in ${region}`}
          action={canCreate ? <CreatePoolLink /> : undefined}
        >
          {canCreate ? 'Create the first one.' : 'An administrator can create one.'}
        </EmptyState>
      ) : (
        <>
          <PoolsTable pools={pools.data.pools} busy={pools.isPlaceholderData} />
          <Pager
            page={paging.page}
            pageSize={POOLS_PAGE_SIZE}
            itemsOnPage={pools.data.pools.length}
            hasNext={Boolean(pools.data.nextToken) && !pools.isPlaceholderData}
            busy={pools.isPlaceholderData}
            onNext={() => pools.data.nextToken && paging.next(pools.data.nextToken)}
            prefetchNext={() => {
              const token = pools.data.nextToken;
              if (token) void queryClient.prefetchQuery(listUserPoolsQueryOptions(region, token));
            }}
            onPrevious={paging.previous}
          />
        </>
      )}
    </div>
  );
}
