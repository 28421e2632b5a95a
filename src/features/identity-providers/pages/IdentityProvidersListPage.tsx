import { Link, useParams } from 'react-router';
import { useCanOpen } from '@/session/session-hooks';
import { buttonClass } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useListIdentityProviders } from '@/api/identity-providers/list-identity-providers';
import { IdentifierLookup } from '../components/IdentifierLookup';
import { IdentityProvidersTable } from '../components/IdentityProvidersTable';
import { createIdentityProviderRoute, toCreateIdentityProvider } from '../routes';

function AddLink({ poolId }: { poolId: string }) {
  return (
    <Link to={toCreateIdentityProvider({ poolId })} className={buttonClass('primary')}>
      Add sign-in provider
    </Link>
  );
}

export function IdentityProvidersListPage() {
  const { poolId = '' } = useParams();
  const canCreate = useCanOpen(createIdentityProviderRoute);
  const providers = useListIdentityProviders(poolId);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Sign-in providers</h1>
          <p className="text-sm text-slate-600">
            Social, SAML and OIDC identity providers users can sign in with.
          </p>
        </div>
        {canCreate && <AddLink poolId={poolId} />}
      </div>
      <IdentifierLookup poolId={poolId} />
      {providers.isPending ? (
        <LoadingState label="Loading sign-in providers…" />
      ) : providers.isError ? (
        <ErrorState
          title="Could not list sign-in providers"
          error={providers.error}
          onRetry={() => void providers.refetch()}
          retrying={providers.isFetching}
        />
      ) : providers.data.length === 0 ? (
        <EmptyState
          title="No sign-in providers"
          action={canCreate ? <AddLink poolId={poolId} /> : undefined}
        >
          {canCreate
            ? 'Users sign in with the pool’s own accounts only. Add Google, SAML or OIDC sign-in.'
            : 'Users sign in with the pool’s own accounts only.'}
        </EmptyState>
      ) : (
        <IdentityProvidersTable poolId={poolId} providers={providers.data} />
      )}
    </div>
  );
}
