import {
  ListIdentityProvidersCommand,
  type ProviderDescription,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { providerKeys, regionOfPool } from './provider-keys';

export type ProviderSummary = ProviderDescription;

/** A pool holds at most 300 providers: all pages are fetched. */
export async function listIdentityProviders(poolId: string): Promise<ProviderSummary[]> {
  const client = getIdpClient(regionOfPool(poolId));
  const providers: ProviderSummary[] = [];
  let token: string | undefined;
  do {
    const output = await client.send(
      new ListIdentityProvidersCommand({ UserPoolId: poolId, MaxResults: 60, NextToken: token }),
    );
    providers.push(...(output.Providers ?? []));
    token = output.NextToken || undefined;
  } while (token);
  return providers.sort((a, b) => (a.ProviderName ?? '').localeCompare(b.ProviderName ?? ''));
}

export const listIdentityProvidersQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: providerKeys.lists(poolId),
    queryFn: () => listIdentityProviders(poolId),
  });

export function useListIdentityProviders(poolId: string) {
  return useQuery(listIdentityProvidersQueryOptions(poolId));
}
