import {
  DescribeUserPoolClientCommand,
  ListUserPoolClientsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { signInRedirectUri } from '@/lib/domains/domain-rules';
import { domainKeys, regionOfPool } from './domain-keys';

export interface HostedUiClient {
  clientId: string;
  clientName: string;
  /** Undefined when the client has no callback URL, so the hosted UI cannot send users back. */
  redirectUri?: string;
  oauthEnabled: boolean;
}

/** Every app client with the callback URL its hosted UI sign-in link needs. */
export async function listHostedUiClients(poolId: string): Promise<HostedUiClient[]> {
  const client = getIdpClient(regionOfPool(poolId));
  const ids: { id: string; name: string }[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60, NextToken: token }),
    );
    for (const c of page.UserPoolClients ?? [])
      if (c.ClientId) ids.push({ id: c.ClientId, name: c.ClientName ?? c.ClientId });
    token = page.NextToken || undefined;
  } while (token);
  const described = await Promise.all(
    ids.map(async ({ id, name }) => {
      const { UserPoolClient } = await client.send(
        new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: id }),
      );
      return {
        clientId: id,
        clientName: name,
        redirectUri: UserPoolClient ? signInRedirectUri(UserPoolClient) : undefined,
        oauthEnabled: Boolean(UserPoolClient?.AllowedOAuthFlowsUserPoolClient),
      };
    }),
  );
  return described.sort((a, b) => a.clientName.localeCompare(b.clientName));
}

export const listHostedUiClientsQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: domainKeys.hostedUiClients(poolId),
    queryFn: () => listHostedUiClients(poolId),
  });

export function useListHostedUiClients(poolId: string, { enabled }: { enabled: boolean }) {
  return useQuery({ ...listHostedUiClientsQueryOptions(poolId), enabled });
}
