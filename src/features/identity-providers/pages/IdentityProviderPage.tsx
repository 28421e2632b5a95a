import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import { DescriptionList } from '@/components/DescriptionList';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { formatDateTime } from '@/lib/format';
import { toAttributeMapping, toUpdateIdentityProviderInput } from '../forms/provider-input';
import {
  derivedDetails,
  isProviderType,
  mappableAttributes,
} from '@/features/identity-providers/forms/provider-types';
import {
  useDescribeIdentityProvider,
  type IdentityProvider,
} from '@/api/identity-providers/describe-identity-provider';
import { useDescribeUserPool } from '@/api/pools/describe-user-pool';
import { useUpdateIdentityProvider } from '@/api/identity-providers/update-identity-provider';
import { DeleteIdentityProviderDialog } from '../components/DeleteIdentityProviderDialog';
import { IdentityProviderForm } from '../components/IdentityProviderForm';
import { ProviderClients } from '../components/ProviderClients';
import { typeLabel } from '../components/IdentityProvidersTable';
import { toDetailEdits, toProviderFormValues } from '../forms/provider-schema';
import { identityProviderPermissions, toIdentityProviders } from '../routes';

interface EditProviderProps {
  provider: IdentityProvider;
  attributes: string[];
  readOnly: boolean;
  canReveal: boolean;
}

function EditIdentityProvider({ provider, attributes, readOnly, canReveal }: EditProviderProps) {
  const update = useUpdateIdentityProvider(provider.UserPoolId ?? '', {
    onSuccess: () =>
      toastStore.show(`Sign-in provider ${provider.ProviderName ?? ''} saved.`, 'success'),
  });
  const type = provider.ProviderType;
  if (!isProviderType(type)) {
    return <p className="text-sm text-slate-700">This console cannot edit {type} providers.</p>;
  }
  return (
    <IdentityProviderForm
      key={String(provider.LastModifiedDate?.getTime())}
      existing
      readOnly={readOnly}
      canReveal={canReveal}
      defaultValues={toProviderFormValues({ ...provider, ProviderType: type })}
      mappableAttributes={attributes}
      submitLabel="Save changes"
      pending={update.isPending}
      error={update.isError ? update.error : undefined}
      onSubmit={(values) =>
        update.mutateAsync(
          toUpdateIdentityProviderInput(provider, {
            details: toDetailEdits(values),
            attributeMapping: toAttributeMapping(values.attributeMapping),
            idpIdentifiers: values.idpIdentifiers.map((i) => i.value),
          }),
        )
      }
    />
  );
}

export function IdentityProviderPage() {
  const { poolId = '', providerName = '' } = useParams();
  const navigate = useNavigate();
  const canEdit = useCanCall(identityProviderPermissions.edit);
  const canDelete = useCanCall(identityProviderPermissions.delete);
  const canReveal = useCanCall(identityProviderPermissions.revealSecrets);
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const provider = useDescribeIdentityProvider(poolId, providerName, { enabled: !deleted });
  const pool = useDescribeUserPool(poolId);

  if (provider.isPending || pool.isPending)
    return <LoadingState label="Loading sign-in provider…" rows={8} />;
  if (provider.isError || pool.isError) {
    const failed = provider.isError ? provider : pool;
    return (
      <ErrorState
        title={`Could not load sign-in provider ${providerName}`}
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  return (
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-all text-slate-900">{providerName}</h1>
          <p className="text-sm text-slate-600">{typeLabel(provider.data.ProviderType)}</p>
        </div>
        {canDelete && (
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete provider
          </Button>
        )}
      </div>
      <Section title="Details">
        <DescriptionList
          items={[
            { term: 'Created', value: formatDateTime(provider.data.CreationDate) },
            { term: 'Last modified', value: formatDateTime(provider.data.LastModifiedDate) },
            // Derived by AWS (endpoints, certificates): shown, never sent back on save.
            ...(isProviderType(provider.data.ProviderType)
              ? derivedDetails(provider.data.ProviderType, provider.data.ProviderDetails)
              : []
            ).map(([key, value]) => ({
              term: key,
              value: <span className="font-mono text-xs break-all">{value}</span>,
            })),
          ]}
        />
      </Section>
      <ProviderClients poolId={poolId} providerName={providerName} />
      <EditIdentityProvider
        provider={provider.data}
        attributes={mappableAttributes(pool.data.SchemaAttributes)}
        readOnly={!canEdit}
        canReveal={canReveal}
      />
      {canDelete && (
        <DeleteIdentityProviderDialog
          poolId={poolId}
          providerName={providerName}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={async () => {
            setDeleted(true);
            toastStore.show(`Sign-in provider ${providerName} deleted.`, 'success');
            await navigate(toIdentityProviders({ poolId }), { replace: true });
          }}
        />
      )}
    </div>
  );
}
