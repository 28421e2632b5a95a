import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { errorName } from '@/aws/errors';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toastStore } from '@/components/toast/toast-store';
import { useUser } from '@/api/users/get-user';
import { useUserPoolSettings } from '@/api/pools/user-pool-settings';
import { AttributesSection } from '../components/user-detail/AttributesSection';
import { DevicesSection } from '../components/user-detail/DevicesSection';
import { GroupsSection } from '../components/user-detail/GroupsSection';
import { IdentitiesSection } from '../components/user-detail/IdentitiesSection';
import { MfaSection } from '../components/user-detail/MfaSection';
import { UserActions } from '../components/user-detail/UserActions';
import { UserSummary } from '../components/user-detail/UserSummary';
import { toUser, toUsers } from '../routes';

export function UserPage() {
  const { poolId = '', username = '' } = useParams();
  const navigate = useNavigate();
  const [deleted, setDeleted] = useState(false);
  const ref = { poolId, username };
  const user = useUser(ref, { enabled: !deleted });
  const settings = useUserPoolSettings(poolId);

  if (user.isPending) return <LoadingState label="Loading user…" rows={8} />;
  if (user.isError) {
    const gone = errorName(user.error) === 'UserNotFoundException';
    return (
      <ErrorState
        title={`Could not load user ${username}`}
        error={user.error}
        context={{ kind: 'user', poolName: settings.data?.name ?? poolId }}
        onRetry={() => void user.refetch()}
        retrying={user.isFetching}
      >
        {gone && (
          <Link to={toUsers({ poolId })} className="mt-2 block text-sm font-medium underline">
            Back to the users of {settings.data?.name ?? poolId}
          </Link>
        )}
      </ErrorState>
    );
  }
  // Opened by alias, sub or another case: continue at the real username, the key every
  // operation and query of this page uses.
  if (user.data.username !== username) {
    return <Navigate to={toUser({ poolId, username: user.data.username })} replace />;
  }

  const detail = user.data;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-all text-slate-900">{detail.username}</h1>
          <p className="text-sm break-all text-slate-600">
            {detail.attributes.email ?? detail.attributes.phone_number ?? ''}
          </p>
        </div>
      </div>
      <UserActions
        user={ref}
        detail={detail}
        policy={settings.data?.passwordPolicy}
        onDeleted={async () => {
          setDeleted(true);
          toastStore.show(`User ${detail.username} deleted.`, 'success');
          await navigate(toUsers({ poolId }), { replace: true });
        }}
      />
      <UserSummary user={detail} />
      {settings.isError ? (
        <ErrorState
          title="Could not load the pool's attribute schema"
          error={settings.error}
          onRetry={() => void settings.refetch()}
          retrying={settings.isFetching}
        />
      ) : settings.isPending ? (
        <LoadingState label="Loading attributes…" rows={4} />
      ) : (
        <AttributesSection user={ref} detail={detail} schema={settings.data.schema} />
      )}
      <MfaSection user={ref} detail={detail} />
      <GroupsSection user={ref} />
      <DevicesSection user={ref} />
      <IdentitiesSection user={ref} detail={detail} />
    </div>
  );
}
