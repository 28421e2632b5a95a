import { ListIdentityProvidersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor, userDetailKeys } from './user-detail-keys';

export interface ProviderSummary {
  name: string;
  type?: string;
}

export async function listIdentityProviders(poolId: string): Promise<ProviderSummary[]> {
  const providers: ProviderSummary[] = [];
  let nextToken: string | undefined;
  do {
    const output = await idpClientFor(poolId).send(
      new ListIdentityProvidersCommand({
        UserPoolId: poolId,
        MaxResults: 60,
        NextToken: nextToken,
      }),
    );
    for (const provider of output.Providers ?? []) {
      if (provider.ProviderName) {
        providers.push({ name: provider.ProviderName, type: provider.ProviderType });
      }
    }
    nextToken = output.NextToken || undefined;
  } while (nextToken);
  return providers;
}

export const listIdentityProvidersQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: userDetailKeys.identityProviders(poolId),
    queryFn: () => listIdentityProviders(poolId),
  });

export function useIdentityProviders(
  poolId: string,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...listIdentityProvidersQueryOptions(poolId), enabled });
}
