import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toastStore } from '@/components/toast/toast-store';
import { useDescribeUserPool } from '@/api/pools/describe-user-pool';
import { DeletePoolDialog } from '../components/DeletePoolDialog';
import { PoolSections } from '../components/overview/PoolSections';
import { poolPermissions, toPools } from '../routes';

export function PoolOverviewPage() {
  const { poolId = '' } = useParams();
  const navigate = useNavigate();
  const canDelete = useCanCall(poolPermissions.delete);
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const pool = useDescribeUserPool(poolId, { enabled: !deleted });

  if (pool.isPending) return <LoadingState label="Loading user pool…" rows={8} />;
  if (pool.isError) {
    return (
      <ErrorState
        title={`Could not load user pool ${poolId}`}
        error={pool.error}
        onRetry={() => void pool.refetch()}
        retrying={pool.isFetching}
      />
    );
  }

  const name = pool.data.Name ?? poolId;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-all text-slate-900">{name}</h1>
          <p className="font-mono text-sm text-slate-600">{poolId}</p>
        </div>
        {canDelete && (
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete user pool
          </Button>
        )}
      </div>
      <PoolSections pool={pool.data} />
      {canDelete && (
        <DeletePoolDialog
          pool={pool.data}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={async () => {
            setDeleted(true);
            toastStore.show(`User pool ${name} deleted.`, 'success');
            await navigate(toPools({}), { replace: true });
          }}
        />
      )}
    </div>
  );
}
