import type { UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { describeUserPoolQueryOptions } from './describe-user-pool';

export interface UserAttributeSchema {
  /** Every attribute the pool's schema declares (standard and `custom:…`), in schema order. */
  attributeNames: string[];
}

/** DescribeUserPool, reduced to what the users pages need: the attribute names. */
export function toUserAttributeSchema(pool: UserPoolType): UserAttributeSchema {
  const names = (pool.SchemaAttributes ?? [])
    .map((attribute) => attribute.Name ?? '')
    .filter((name) => name !== '');
  return { attributeNames: [...new Set(names)] };
}

export const describeUserAttributeSchemaQueryOptions = (poolId: string) =>
  queryOptions({ ...describeUserPoolQueryOptions(poolId), select: toUserAttributeSchema });

export function useUserAttributeSchema(poolId: string) {
  return useQuery(describeUserAttributeSchemaQueryOptions(poolId));
}
