import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { signInRedirectUri } from '../forms/domain-rules';
import { useListHostedUiClients } from '@/api/domains/list-hosted-ui-clients';
import { getRuntimeConfig } from '@/aws/runtime-config';
import { hostedUiSignInUrl, type HostedUiDomain } from '@/lib/hosted-ui/sign-in-url';

/**
 * The hosted UI sign-in URL of every app client on one domain. Against the emulator, the links go
 * to the emulator's hosted page for the domain, since the domain's AWS host does not exist there.
 */
export function HostedUiLinks({ poolId, domain }: { poolId: string; domain: HostedUiDomain }) {
  const clients = useListHostedUiClients(poolId, { enabled: true });
  const emulatorUrl = getRuntimeConfig().endpoints?.cognitoIdp;
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
            const url =
              client.redirectUri &&
              hostedUiSignInUrl(domain, client.clientId, client.redirectUri, emulatorUrl);
            return (
              <li key={client.clientId} className="text-sm">
                <p className="font-medium text-slate-900">
                  {client.clientName}{' '}
                  <span className="font-mono text-xs text-slate-600">{client.clientId}</span>
                </p>
                {url ? (
                  <a
                    href={url}
                    className="font-mono text-xs break-all text-blue-800 hover:underline"
                    target="_blank"
                    rel="noreferrer"
                  >
                    {url}
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
