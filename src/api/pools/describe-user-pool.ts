import {
  DescribeUserPoolCommand,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { poolKeys } from './pool-keys';

export type UserPool = UserPoolType;

export async function describeUserPool(poolId: string): Promise<UserPool> {
  const output = await idpClientFor(poolId).send(
    new DescribeUserPoolCommand({ UserPoolId: poolId }),
  );
  if (!output.UserPool) throw new Error(`Cognito returned no description for ${poolId}.`);
  return output.UserPool;
}

/**
 * One request and one cache entry serve every page that reads the pool's description; pages
 * narrow it with `select` (see pool-attributes, user-pool-settings, user-attribute-schema).
 */
export const describeUserPoolQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: poolKeys.description(poolId),
    queryFn: () => describeUserPool(poolId),
  });

export function useDescribeUserPool(
  poolId: string,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...describeUserPoolQueryOptions(poolId), enabled });
}
