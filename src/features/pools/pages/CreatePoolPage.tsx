import { useNavigate } from 'react-router';
import { useRegion } from '@/session/region';
import { toastStore } from '@/components/toast/toast-store';
import { useCreateUserPool } from '@/api/pools/create-user-pool';
import { CreatePoolForm } from '../components/create-pool/CreatePoolForm';
import { toPool, toPools } from '../routes';

export function CreatePoolPage() {
  const { region } = useRegion();
  const navigate = useNavigate();
  const create = useCreateUserPool(region, {
    onSuccess: (pool) => {
      if (pool.mfaWarning) toastStore.show(pool.mfaWarning);
      else toastStore.show(`User pool ${pool.name} created.`, 'success');
      void navigate(toPool({ poolId: pool.id }));
    },
  });
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Create user pool</h1>
        <p className="text-sm text-slate-600">
          In {region}. Sign-in identifiers, case sensitivity and required attributes cannot be
          changed after the pool is created.
        </p>
      </div>
      <CreatePoolForm key={region} mutation={create} onCancel={() => void navigate(toPools({}))} />
    </div>
  );
}
