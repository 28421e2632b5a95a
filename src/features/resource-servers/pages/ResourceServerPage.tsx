import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toastStore } from '@/components/toast/toast-store';
import { toScopeRows, toUpdateResourceServerInput } from '../forms/resource-server-input';
import { useDescribeResourceServer } from '@/api/resource-servers/describe-resource-server';
import type { ResourceServer } from '@/api/resource-servers/list-resource-servers';
import { useUpdateResourceServer } from '@/api/resource-servers/update-resource-server';
import { DeleteResourceServerDialog } from '../components/DeleteResourceServerDialog';
import { ResourceServerForm } from '../components/ResourceServerForm';
import { resourceServerPermissions, toResourceServers } from '../routes';

function EditResourceServer({ server, readOnly }: { server: ResourceServer; readOnly: boolean }) {
  const update = useUpdateResourceServer(server.UserPoolId ?? '', server.Identifier ?? '', {
    onSuccess: () => toastStore.show(`Resource server ${server.Name ?? ''} saved.`, 'success'),
  });
  return (
    <ResourceServerForm
      // A fresh form after each save or refetch, with what AWS now holds as defaults.
      key={JSON.stringify(server)}
      existing
      readOnly={readOnly}
      defaultValues={{
        identifier: server.Identifier ?? '',
        name: server.Name ?? '',
        scopes: toScopeRows(server),
      }}
      submitLabel="Save changes"
      pending={update.isPending}
      error={update.isError ? update.error : undefined}
      onSubmit={(values) =>
        update.mutateAsync(
          toUpdateResourceServerInput(server, { name: values.name, scopes: values.scopes }),
        )
      }
    />
  );
}

export function ResourceServerPage() {
  const { poolId = '', identifier = '' } = useParams();
  const navigate = useNavigate();
  const canEdit = useCanCall(resourceServerPermissions.edit);
  const canDelete = useCanCall(resourceServerPermissions.delete);
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const server = useDescribeResourceServer(poolId, identifier, { enabled: !deleted });

  if (server.isPending) return <LoadingState label="Loading resource server…" rows={6} />;
  if (server.isError) {
    return (
      <ErrorState
        title={`Could not load resource server ${identifier}`}
        error={server.error}
        onRetry={() => void server.refetch()}
        retrying={server.isFetching}
      />
    );
  }
  return (
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-all text-slate-900">{server.data.Name}</h1>
          <p className="font-mono text-sm break-all text-slate-600">{identifier}</p>
        </div>
        {canDelete && (
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete resource server
          </Button>
        )}
      </div>
      <EditResourceServer server={server.data} readOnly={!canEdit} />
      {canDelete && (
        <DeleteResourceServerDialog
          poolId={poolId}
          server={server.data}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={async () => {
            setDeleted(true);
            toastStore.show(`Resource server ${identifier} deleted.`, 'success');
            await navigate(toResourceServers({ poolId }), { replace: true });
          }}
        />
      )}
    </div>
  );
}
