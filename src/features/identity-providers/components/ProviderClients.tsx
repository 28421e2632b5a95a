import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { useClientsOfProvider } from '@/api/domains/list-hosted-ui-clients';
import { toClient } from '@/features/clients/routes';

/** The app clients that offer this provider on their sign-in page, each linking to the client. */
export function ProviderClients({
  poolId,
  providerName,
}: {
  poolId: string;
  providerName: string;
}) {
  const clients = useClientsOfProvider(poolId, providerName);
  return (
    <Section title="App clients using this provider">
      {clients.isPending ? (
        <LoadingState label="Loading app clients…" rows={2} />
      ) : clients.isError ? (
        <ErrorState
          title="Could not list the app clients"
          error={clients.error}
          onRetry={() => void clients.refetch()}
          retrying={clients.isFetching}
        />
      ) : clients.data.length === 0 ? (
        <p className="text-sm text-slate-600">
          No app client offers this provider yet: enable it in an app client&apos;s identity
          providers.
        </p>
      ) : (
        <ul className="space-y-1 text-sm" aria-label="App clients using this provider">
          {clients.data.map((client) => (
            <li key={client.clientId}>
              <Link
                to={toClient({ poolId, clientId: client.clientId })}
                className="font-medium break-all text-blue-800 hover:underline"
              >
                {client.clientName}
              </Link>{' '}
              <span className="font-mono text-xs text-slate-600">{client.clientId}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
