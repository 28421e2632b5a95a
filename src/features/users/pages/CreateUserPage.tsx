import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toastStore } from '@/components/toast/toast-store';
import { useCreateUser } from '@/api/users/create-user';
import { useUserPoolSettings } from '@/api/pools/user-pool-settings';
import { CreateUserForm } from '../components/create-user/CreateUserForm';
import { toUser, toUsers } from '../routes';

export function CreateUserPage() {
  const { poolId = '' } = useParams();
  const navigate = useNavigate();
  const settings = useUserPoolSettings(poolId);
  const create = useCreateUser(poolId, {
    onSuccess: (username) => {
      toastStore.show(`User ${username} created.`, 'success');
      void navigate(toUser({ poolId, username }));
    },
  });
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Create user</h1>
        <p className="text-sm text-slate-600">
          In {settings.data?.name ?? poolId}. The user starts with a temporary password and must
          choose a new one at first sign-in.
        </p>
      </div>
      {settings.isPending ? (
        <LoadingState label="Loading the pool's settings…" rows={6} />
      ) : settings.isError ? (
        <ErrorState
          title="Could not load the pool's settings"
          error={settings.error}
          onRetry={() => void settings.refetch()}
          retrying={settings.isFetching}
        />
      ) : (
        <CreateUserForm
          settings={settings.data}
          mutation={create}
          onCancel={() => void navigate(toUsers({ poolId }))}
        />
      )}
    </div>
  );
}
