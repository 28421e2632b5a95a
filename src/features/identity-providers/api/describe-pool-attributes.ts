import {
  DescribeUserPoolCommand,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { providerKeys, regionOfPool } from './provider-keys';

/** The pool's description; the attribute mapping editor offers its mutable SchemaAttributes. */
export async function describeUserPool(poolId: string): Promise<UserPoolType> {
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new DescribeUserPoolCommand({ UserPoolId: poolId }),
  );
  if (!output.UserPool) throw new Error(`Cognito returned no description for ${poolId}.`);
  return output.UserPool;
}

export const describeUserPoolQueryOptions = (poolId: string) =>
  queryOptions({ queryKey: providerKeys.pool(poolId), queryFn: () => describeUserPool(poolId) });

export function useDescribeUserPool(poolId: string) {
  return useQuery(describeUserPoolQueryOptions(poolId));
}
