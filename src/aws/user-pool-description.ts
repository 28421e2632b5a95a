import {
  DescribeUserPoolCommand,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions } from '@tanstack/react-query';
import { getIdpClient } from './clients';

/** A user pool id starts with its region: us-east-1_AbC123. */
export function regionOfPool(poolId: string): string {
  const index = poolId.indexOf('_');
  return index > 0 ? poolId.slice(0, index) : poolId;
}

/**
 * The key of a pool's DescribeUserPool. Every feature that reads the pool's description (schema,
 * password policy, domain…) shares it, so one request serves them all and a change that
 * invalidates it refreshes every view of the pool.
 */
export const userPoolDescriptionKey = (poolId: string) =>
  ['region', regionOfPool(poolId), 'pools', 'detail', poolId] as const;

export async function describeUserPool(poolId: string): Promise<UserPoolType> {
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new DescribeUserPoolCommand({ UserPoolId: poolId }),
  );
  if (!output.UserPool) throw new Error(`Cognito returned no description for ${poolId}.`);
  return output.UserPool;
}

/** Features narrow it with `select` to what they show. */
export const userPoolDescriptionQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: userPoolDescriptionKey(poolId),
    queryFn: () => describeUserPool(poolId),
  });
