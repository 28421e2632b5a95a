import { useNavigate, useParams } from 'react-router';
import { toastStore } from '@/components/toast/toast-store';
import { useCreateResourceServer } from '@/api/resource-servers/create-resource-server';
import { ResourceServerForm } from '../components/ResourceServerForm';
import {
  newResourceServerDefaults,
  toCreateResourceServerInput,
} from '../forms/resource-server-schema';
import { toResourceServer, toResourceServers } from '../routes';

export function CreateResourceServerPage() {
  const { poolId = '' } = useParams();
  const navigate = useNavigate();
  const create = useCreateResourceServer(poolId, {
    onSuccess: (identifier) => {
      toastStore.show(`Resource server ${identifier} created.`, 'success');
      void navigate(toResourceServer({ poolId, identifier }));
    },
  });
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">Create resource server</h1>
      <ResourceServerForm
        defaultValues={newResourceServerDefaults}
        submitLabel="Create"
        pending={create.isPending}
        error={create.isError ? create.error : undefined}
        onSubmit={(values) => create.mutateAsync(toCreateResourceServerInput(poolId, values))}
        onCancel={() => void navigate(toResourceServers({ poolId }))}
      />
    </div>
  );
}
