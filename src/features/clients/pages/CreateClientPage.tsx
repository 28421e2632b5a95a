import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toastStore } from '@/components/toast/toast-store';
import { newClientDefaults, toCreateUserPoolClientInput } from '../forms/client-form';
import { useCreateUserPoolClient } from '@/api/clients/create-user-pool-client';
import { ClientForm } from '../components/ClientForm';
import { useClientFormOptions } from '../components/use-client-form-options';
import { toClient, toClients } from '../routes';

export function CreateClientPage() {
  const { poolId = '' } = useParams();
  const navigate = useNavigate();
  const options = useClientFormOptions(poolId);
  const create = useCreateUserPoolClient(poolId, {
    onSuccess: (clientId) => {
      toastStore.show('App client created.', 'success');
      // The detail page shows a new secret revealed, once, with a reminder to copy it now.
      void navigate(toClient({ poolId, clientId }), { state: { justCreated: true } });
    },
  });
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Create app client</h1>
        <p className="text-sm text-slate-600">
          In {poolId}. Whether the client has a secret cannot be changed later.
        </p>
      </div>
      {options.error ? (
        <ErrorState
          title="Could not load the pool's attributes, providers and scopes"
          error={options.error}
          onRetry={options.retry}
          retrying={options.retrying}
        />
      ) : !options.data ? (
        <LoadingState label="Loading the pool's settings…" rows={8} />
      ) : (
        <ClientForm
          mode="create"
          defaultValues={newClientDefaults}
          options={options.data}
          pending={create.isPending}
          onSubmit={(values, onError) =>
            create.mutateAsync(toCreateUserPoolClientInput(poolId, values), { onError })
          }
          onCancel={() => void navigate(toClients({ poolId }))}
        />
      )}
    </div>
  );
}
