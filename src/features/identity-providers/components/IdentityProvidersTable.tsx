import { DataTable, RowLink } from '@/components/DataTable';
import {
  isProviderType,
  providerTypeLabels,
} from '@/features/identity-providers/forms/provider-types';
import { formatDateTime } from '@/lib/format';
import type { ProviderSummary } from '@/api/identity-providers/list-identity-providers';
import { toIdentityProvider } from '../routes';

export function typeLabel(type: string | undefined): string {
  return isProviderType(type) ? providerTypeLabels[type] : (type ?? '');
}

export function IdentityProvidersTable({
  poolId,
  providers,
}: {
  poolId: string;
  providers: ProviderSummary[];
}) {
  return (
    <DataTable
      caption="Sign-in providers"
      rows={providers}
      rowKey={(provider) => provider.ProviderName ?? ''}
      columns={[
        {
          header: 'Name',
          cell: (provider) => (
            <RowLink to={toIdentityProvider({ poolId, providerName: provider.ProviderName ?? '' })}>
              {provider.ProviderName}
            </RowLink>
          ),
        },
        { header: 'Type', cell: (provider) => typeLabel(provider.ProviderType) },
        { header: 'Last modified', cell: (provider) => formatDateTime(provider.LastModifiedDate) },
      ]}
    />
  );
}
