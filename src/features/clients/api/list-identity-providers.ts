import { ListIdentityProvidersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { clientKeys, regionOfPool } from './client-keys';

/** Every provider name in the pool (all pages): the choices besides COGNITO. */
export async function listIdentityProviderNames(poolId: string): Promise<string[]> {
  const client = getIdpClient(regionOfPool(poolId));
  const names: string[] = [];
  let token: string | undefined;
  do {
    const output = await client.send(
      new ListIdentityProvidersCommand({ UserPoolId: poolId, MaxResults: 60, NextToken: token }),
    );
    for (const p of output.Providers ?? []) if (p.ProviderName) names.push(p.ProviderName);
    token = output.NextToken || undefined;
  } while (token);
  return names;
}

export const identityProviderNamesQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: clientKeys.options(poolId, 'providers'),
    queryFn: () => listIdentityProviderNames(poolId),
  });

export function useIdentityProviderNames(poolId: string) {
  return useQuery(identityProviderNamesQueryOptions(poolId));
}
