import {
  DescribeUserPoolCommand,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { poolKeys, regionOfPool } from './pool-keys';

export type UserPool = UserPoolType;

export async function describeUserPool(poolId: string): Promise<UserPool> {
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new DescribeUserPoolCommand({ UserPoolId: poolId }),
  );
  if (!output.UserPool) throw new Error(`Cognito returned no description for ${poolId}.`);
  return output.UserPool;
}

export const describeUserPoolQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: poolKeys.detail(regionOfPool(poolId), poolId),
    queryFn: () => describeUserPool(poolId),
  });

export function useDescribeUserPool(
  poolId: string,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...describeUserPoolQueryOptions(poolId), enabled });
}
