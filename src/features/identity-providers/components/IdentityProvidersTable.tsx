import { Link } from 'react-router';
import { isProviderType, providerTypeLabels } from '@/lib/identity-providers/provider-types';
import { formatDateTime } from '@/lib/format';
import type { ProviderSummary } from '../api/list-identity-providers';
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
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Sign-in providers</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Type
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Last modified
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {providers.map((provider) => (
            <tr key={provider.ProviderName} className="hover:bg-slate-50">
              <td className="px-4 py-2">
                <Link
                  to={toIdentityProvider({ poolId, providerName: provider.ProviderName ?? '' })}
                  className="font-medium text-blue-800 hover:underline"
                >
                  {provider.ProviderName}
                </Link>
              </td>
              <td className="px-4 py-2 text-slate-700">{typeLabel(provider.ProviderType)}</td>
              <td className="px-4 py-2 text-slate-700">
                {formatDateTime(provider.LastModifiedDate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
