import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { errorName } from '@/aws/errors';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toastStore } from '@/components/toast/toast-store';
import { useUser } from '@/api/users/get-user';
import { useUserPoolSettings } from '@/api/pools/user-pool-settings';
import type { UserDetail } from '@/api/users/get-user';
import type { UserRef } from '@/api/users/user-keys';
import { useUserNaming } from '@/api/users/user-naming';
import { AttributesSection } from '../components/user-detail/AttributesSection';
import { DevicesSection } from '../components/user-detail/DevicesSection';
import { GroupsSection } from '../components/user-detail/GroupsSection';
import { IdentitiesSection } from '../components/user-detail/IdentitiesSection';
import { MfaSection } from '../components/user-detail/MfaSection';
import { useOperatorStanding } from '../components/user-detail/use-operator-standing';
import { UserActions } from '../components/user-detail/UserActions';
import { UserHeading } from '../components/user-detail/UserHeading';
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

  return (
    <UserDetails
      user={ref}
      detail={user.data}
      partial={user.isPlaceholderData}
      onDeleted={async (name) => {
        setDeleted(true);
        toastStore.show(`User ${name} deleted.`, 'success');
        await navigate(toUsers({ poolId }), { replace: true });
      }}
    />
  );
}

function UserDetails({
  user: ref,
  detail,
  partial,
  onDeleted,
}: {
  user: UserRef;
  detail: UserDetail;
  /** Only the row of a list is known yet: actions and MFA wait for the full record. */
  partial: boolean;
  onDeleted: (name: string) => unknown;
}) {
  const settings = useUserPoolSettings(ref.poolId);
  const name = useUserNaming(ref.poolId)(detail);
  const standing = useOperatorStanding(ref, detail);
  return (
    <div className="space-y-4">
      <UserHeading
        name={name}
        username={detail.username}
        contact={detail.attributes.email ?? detail.attributes.phone_number}
        standing={standing}
      />
      {partial ? (
        <LoadingState label="Loading the full record…" rows={1} />
      ) : (
        <UserActions
          user={ref}
          name={name}
          standing={standing}
          detail={detail}
          policy={settings.data?.passwordPolicy}
          onDeleted={() => onDeleted(name)}
        />
      )}
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
      {!partial && <MfaSection user={ref} detail={detail} />}
      <GroupsSection user={ref} name={name} standing={standing} />
      <DevicesSection user={ref} />
      <IdentitiesSection user={ref} name={name} detail={detail} />
    </div>
  );
}
