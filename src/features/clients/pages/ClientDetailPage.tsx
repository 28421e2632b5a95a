import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useCanCall, useCanOpen } from '@/session/session-hooks';
import { buttonClass } from '@/components/Button';
import { toTrySignIn, trySignInRoute } from '@/features/try-sign-in/routes';
import { Button } from '@/components/Button';
import { DescriptionList } from '@/components/DescriptionList';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { clientEditsFromForm, toClientFormValues } from '../forms/client-form';
import { toUpdateUserPoolClientInput } from '../forms/update-client-input';
import { formatDateTime } from '@/lib/format';
import { useDescribeUserPoolClient, type AppClient } from '@/api/clients/describe-user-pool-client';
import { useUpdateUserPoolClient } from '@/api/clients/update-user-pool-client';
import { ClientForm } from '../components/ClientForm';
import { ClientSecret } from '../components/ClientSecret';
import { ResourceServerScopes } from '../components/ResourceServerScopes';
import { DeleteClientDialog } from '../components/DeleteClientDialog';
import type { ClientFormOptions } from '../components/form-types';
import { useClientFormOptions } from '../components/use-client-form-options';
import { clientPermissions, toClients } from '../routes';

export function ClientDetailPage() {
  const { poolId = '', clientId = '' } = useParams();
  const [deleted, setDeleted] = useState(false);
  const client = useDescribeUserPoolClient(poolId, clientId, { enabled: !deleted });
  const options = useClientFormOptions(poolId);

  if (client.isError || options.error) {
    return (
      <ErrorState
        title={`Could not load app client ${clientId}`}
        error={client.error ?? options.error}
        onRetry={() => {
          if (client.isError) void client.refetch();
          options.retry();
        }}
        retrying={client.isFetching || options.retrying}
      />
    );
  }
  if (client.isPending || !options.data) {
    return <LoadingState label="Loading app client…" rows={8} />;
  }
  return (
    <ClientDetail
      // A saved client remounts the form so its defaults are the new Describe output.
      key={client.data.LastModifiedDate?.getTime()}
      poolId={poolId}
      client={client.data}
      options={options.data}
      onDeleted={() => setDeleted(true)}
    />
  );
}

function ClientDetail({
  poolId,
  client,
  options,
  onDeleted,
}: {
  poolId: string;
  client: AppClient;
  options: ClientFormOptions;
  onDeleted: () => void;
}) {
  const navigate = useNavigate();
  const canEdit = useCanCall(clientPermissions.edit);
  const canDelete = useCanCall(clientPermissions.delete);
  const canRevealSecret = useCanCall(clientPermissions.revealSecret);
  const canTrySignIn = useCanOpen(trySignInRoute);
  const justCreated = (useLocation().state as { justCreated?: boolean } | null)?.justCreated;
  const [deleting, setDeleting] = useState(false);
  const name = client.ClientName ?? client.ClientId ?? '';
  const clientId = client.ClientId ?? '';
  const update = useUpdateUserPoolClient(poolId, clientId, {
    // A rename shows the name just saved, not the one the page opened with.
    onSuccess: (saved) =>
      toastStore.show(`App client ${saved.ClientName ?? name} saved.`, 'success'),
  });

  return (
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-all text-slate-900">{name}</h1>
          <p className="font-mono text-sm text-slate-600">{clientId}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canTrySignIn && (
            <Link className={buttonClass('secondary')} to={toTrySignIn({ poolId, clientId })}>
              Try sign-in
            </Link>
          )}
          {canDelete && (
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete app client
            </Button>
          )}
        </div>
      </div>
      <Section title="Identity">
        <DescriptionList
          items={[
            { term: 'Client ID', value: <span className="font-mono text-xs">{clientId}</span> },
            {
              term: 'Client secret',
              value: !client.ClientSecret ? (
                'None (public client)'
              ) : canRevealSecret ? (
                <ClientSecret secret={client.ClientSecret} justCreated={justCreated} />
              ) : (
                'Set (visible to administrators)'
              ),
            },
            { term: 'Created', value: formatDateTime(client.CreationDate) },
            { term: 'Last modified', value: formatDateTime(client.LastModifiedDate) },
            {
              term: 'Analytics',
              value: client.AnalyticsConfiguration
                ? 'Configured (kept as is when saving)'
                : undefined,
            },
          ]}
        />
      </Section>
      <ResourceServerScopes
        poolId={poolId}
        allowedScopes={client.AllowedOAuthScopes ?? []}
        customScopes={options.customScopes}
      />
      {!canEdit && (
        <p className="text-sm text-slate-600">
          You can view these settings; an administrator can change them.
        </p>
      )}
      <ClientForm
        mode="edit"
        defaultValues={toClientFormValues(client)}
        options={options}
        readOnly={!canEdit}
        pending={update.isPending}
        onSubmit={(values, onError) =>
          update.mutateAsync(
            toUpdateUserPoolClientInput(client, clientEditsFromForm(client, values)),
            {
              onError,
            },
          )
        }
      />
      {canDelete && (
        <DeleteClientDialog
          poolId={poolId}
          clientId={clientId}
          clientName={name}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={async () => {
            onDeleted();
            toastStore.show(`App client ${name} deleted.`, 'success');
            await navigate(toClients({ poolId }), { replace: true });
          }}
        />
      )}
    </div>
  );
}
