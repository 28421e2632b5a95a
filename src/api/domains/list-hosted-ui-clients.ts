import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { clientKeys } from '../clients/client-keys';
import { describeUserPoolClient } from '../clients/describe-user-pool-client';
import { listUserPoolClients } from '../clients/list-user-pool-clients';

export interface HostedUiClient {
  clientId: string;
  clientName: string;
  defaultRedirectUri?: string;
  callbackUrls: string[];
  oauthEnabled: boolean;
  /** SupportedIdentityProviders: the sign-in providers the client offers. */
  identityProviders: string[];
}

/** Every app client (all pages) with the callback URL its hosted UI sign-in link needs. */
export async function listHostedUiClients(poolId: string): Promise<HostedUiClient[]> {
  const ids: { id: string; name: string }[] = [];
  let token: string | undefined;
  do {
    const page = await listUserPoolClients(poolId, token);
    for (const c of page.clients)
      if (c.ClientId) ids.push({ id: c.ClientId, name: c.ClientName ?? c.ClientId });
    token = page.nextToken;
  } while (token);
  const described = await Promise.all(
    ids.map(async ({ id, name }) => {
      const client = await describeUserPoolClient(poolId, id);
      return {
        clientId: id,
        clientName: name,
        defaultRedirectUri: client.DefaultRedirectURI,
        callbackUrls: client.CallbackURLs ?? [],
        oauthEnabled: Boolean(client.AllowedOAuthFlowsUserPoolClient),
        identityProviders: client.SupportedIdentityProviders ?? [],
      };
    }),
  );
  return described.sort((a, b) => a.clientName.localeCompare(b.clientName));
}

/** Kept among the client lists, so creating, editing or deleting a client refreshes it. */
export const listHostedUiClientsQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: clientKeys.withCallbacks(poolId),
    queryFn: () => listHostedUiClients(poolId),
  });

export function useListHostedUiClients(poolId: string, { enabled }: { enabled: boolean }) {
  return useQuery({ ...listHostedUiClientsQueryOptions(poolId), enabled });
}

/** The app clients that offer one sign-in provider, from the same list of described clients. */
export function useClientsOfProvider(poolId: string, providerName: string) {
  const select = useCallback(
    (clients: HostedUiClient[]) =>
      clients.filter((client) => client.identityProviders.includes(providerName)),
    [providerName],
  );
  return useQuery({ ...listHostedUiClientsQueryOptions(poolId), select });
}
