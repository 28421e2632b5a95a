import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { hostedUiSignInUrl, signInRedirectUri } from '../forms/domain-rules';
import { useListHostedUiClients } from '@/api/domains/list-hosted-ui-clients';

/** The hosted UI sign-in URL of every app client on one domain host. */
export function HostedUiLinks({ poolId, host }: { poolId: string; host: string }) {
  const clients = useListHostedUiClients(poolId, { enabled: true });
  return (
    <Section title="Hosted UI sign-in URLs">
      {clients.isPending ? (
        <LoadingState label="Loading app clients…" rows={3} />
      ) : clients.isError ? (
        <ErrorState
          title="Could not list app clients"
          error={clients.error}
          onRetry={() => void clients.refetch()}
          retrying={clients.isFetching}
        />
      ) : clients.data.length === 0 ? (
        <p className="text-sm text-slate-600">This pool has no app clients yet.</p>
      ) : (
        <ul className="space-y-3">
          {clients.data.map((listed) => {
            // Undefined when the client has no callback URL, so the hosted UI cannot send users back.
            const client = {
              ...listed,
              redirectUri: signInRedirectUri({
                DefaultRedirectURI: listed.defaultRedirectUri,
                CallbackURLs: listed.callbackUrls,
              }),
            };
            return (
              <li key={client.clientId} className="text-sm">
                <p className="font-medium text-slate-900">
                  {client.clientName}{' '}
                  <span className="font-mono text-xs text-slate-600">{client.clientId}</span>
                </p>
                {client.redirectUri ? (
                  <a
                    href={hostedUiSignInUrl(host, client.clientId, client.redirectUri)}
                    className="font-mono text-xs break-all text-blue-800 hover:underline"
                    target="_blank"
                    rel="noreferrer"
                  >
                    {hostedUiSignInUrl(host, client.clientId, client.redirectUri)}
                  </a>
                ) : (
                  <p className="text-slate-600">
                    No callback URL: add one to the app client to sign in through the hosted UI.
                  </p>
                )}
                {client.redirectUri && !client.oauthEnabled && (
                  <p className="text-xs text-amber-800">
                    OAuth flows are not enabled for this client, so the hosted UI will refuse it.
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
