import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { regionOfUserPool, userKeys } from './user-keys';

export interface UserAttributeSchema {
  /** Every attribute the pool's schema declares (standard and `custom:…`), in schema order. */
  attributeNames: string[];
}

/** DescribeUserPool, reduced to what the users pages need: the attribute names. */
export async function describeUserAttributeSchema(poolId: string): Promise<UserAttributeSchema> {
  const { UserPool } = await getIdpClient(regionOfUserPool(poolId)).send(
    new DescribeUserPoolCommand({ UserPoolId: poolId }),
  );
  const names = (UserPool?.SchemaAttributes ?? [])
    .map((attribute) => attribute.Name ?? '')
    .filter((name) => name !== '');
  return { attributeNames: [...new Set(names)] };
}

export const describeUserAttributeSchemaQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: userKeys.attributeSchema(poolId),
    queryFn: () => describeUserAttributeSchema(poolId),
    staleTime: 5 * 60_000,
  });

export function useUserAttributeSchema(poolId: string) {
  return useQuery(describeUserAttributeSchemaQueryOptions(poolId));
}
