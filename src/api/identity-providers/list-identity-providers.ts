import {
  ListIdentityProvidersCommand,
  type ProviderDescription,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { providerKeys } from './provider-keys';

export type ProviderSummary = ProviderDescription;

/** A pool holds at most 300 providers: all pages are fetched. */
export async function listIdentityProviders(poolId: string): Promise<ProviderSummary[]> {
  const client = idpClientFor(poolId);
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

/** One list serves the providers page, the app-client form and the link-identity dialog. */
export const listIdentityProvidersQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: providerKeys.lists(poolId),
    queryFn: () => listIdentityProviders(poolId),
  });

export function useListIdentityProviders(
  poolId: string,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...listIdentityProvidersQueryOptions(poolId), enabled });
}

const toNames = (providers: ProviderSummary[]) =>
  providers.flatMap((p) => (p.ProviderName ? [p.ProviderName] : []));

/** Every provider name: the app-client form's choices besides COGNITO. */
export function useIdentityProviderNames(poolId: string) {
  return useQuery({ ...listIdentityProvidersQueryOptions(poolId), select: toNames });
}
