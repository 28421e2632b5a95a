import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { clientKeys, regionOfPool } from './client-keys';

export interface PoolAttribute {
  name: string;
  mutable: boolean;
}

/** The pool's schema attributes, for the read and write attribute lists. */
export async function describePoolAttributes(poolId: string): Promise<PoolAttribute[]> {
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new DescribeUserPoolCommand({ UserPoolId: poolId }),
  );
  return (output.UserPool?.SchemaAttributes ?? [])
    .filter((a) => a.Name && a.Name !== 'sub')
    .map((a) => ({ name: a.Name ?? '', mutable: a.Mutable !== false }));
}

export const poolAttributesQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: clientKeys.options(poolId, 'attributes'),
    queryFn: () => describePoolAttributes(poolId),
  });

export function usePoolAttributes(poolId: string) {
  return useQuery(poolAttributesQueryOptions(poolId));
}
