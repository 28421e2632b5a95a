import {
  DescribeIdentityProviderCommand,
  type IdentityProviderType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { providerKeys } from './provider-keys';

export type IdentityProvider = IdentityProviderType;

export async function describeIdentityProvider(
  poolId: string,
  name: string,
): Promise<IdentityProvider> {
  const output = await idpClientFor(poolId).send(
    new DescribeIdentityProviderCommand({ UserPoolId: poolId, ProviderName: name }),
  );
  if (!output.IdentityProvider) throw new Error(`Cognito returned no provider ${name}.`);
  return output.IdentityProvider;
}

export const describeIdentityProviderQueryOptions = (poolId: string, name: string) =>
  queryOptions({
    queryKey: providerKeys.detail(poolId, name),
    queryFn: () => describeIdentityProvider(poolId, name),
  });

export function useDescribeIdentityProvider(
  poolId: string,
  name: string,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...describeIdentityProviderQueryOptions(poolId, name), enabled });
}
