import { useParams } from 'react-router';
import { useCanCall } from '@/session/session-hooks';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { domainHost } from '@/features/domains/forms/domain-rules';
import { regionOfPool } from '@/api/pool-scope';
import { useDescribeUserPool } from '@/api/pools/describe-user-pool';
import { CreateDomainForm } from '../components/CreateDomainForm';
import { DomainDetails } from '../components/DomainDetails';
import { HostedUiLinks } from '../components/HostedUiLinks';
import { domainPermissions } from '../routes';

export function DomainPage() {
  const { poolId = '' } = useParams();
  const region = regionOfPool(poolId);
  const canCreate = useCanCall(domainPermissions.create);
  const canDelete = useCanCall(domainPermissions.delete);
  const pool = useDescribeUserPool(poolId);

  if (pool.isPending) return <LoadingState label="Loading domain…" rows={6} />;
  if (pool.isError) {
    return (
      <ErrorState
        title={`Could not load the domain of ${poolId}`}
        error={pool.error}
        onRetry={() => void pool.refetch()}
        retrying={pool.isFetching}
      />
    );
  }
  const domains = [
    ...(pool.data.CustomDomain
      ? [{ domain: pool.data.CustomDomain, kind: 'custom' as const }]
      : []),
    ...(pool.data.Domain ? [{ domain: pool.data.Domain, kind: 'prefix' as const }] : []),
  ].map((d) => ({ ...d, host: domainHost(d.domain, d.kind, region) }));
  const missingKinds = (['prefix', 'custom'] as const).filter(
    (kind) => !domains.some((d) => d.kind === kind),
  );
  const primary = domains[0];

  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Domain</h1>
        <p className="text-sm text-slate-600">
          Where the hosted UI and the OAuth 2.0 endpoints of this pool are served.
        </p>
      </div>
      {domains.length === 0 && (
        <EmptyState title="No domain">
          {canCreate
            ? 'Create one below to use the hosted UI and OAuth endpoints.'
            : 'An administrator can create one.'}
        </EmptyState>
      )}
      {domains.map((d) => (
        <DomainDetails
          key={d.domain}
          poolId={poolId}
          domain={d.domain}
          kind={d.kind}
          host={d.host}
          canDelete={canDelete}
        />
      ))}
      {primary && <HostedUiLinks poolId={poolId} domain={primary} />}
      {canCreate && missingKinds.length > 0 && (
        <Section title={domains.length === 0 ? 'Create a domain' : 'Add a domain'}>
          <CreateDomainForm
            key={missingKinds.join()}
            poolId={poolId}
            region={region}
            kinds={[...missingKinds]}
            onCreated={(domain) => toastStore.show(`Domain ${domain} created.`, 'success')}
          />
        </Section>
      )}
    </div>
  );
}
