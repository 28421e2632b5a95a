import type { UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { describeUserPoolQueryOptions } from './describe-user-pool';

export interface PoolAttribute {
  name: string;
  mutable: boolean;
}

/** The pool's schema attributes, for the read and write attribute lists. */
export function toPoolAttributes(pool: UserPoolType): PoolAttribute[] {
  return (pool.SchemaAttributes ?? [])
    .filter((a) => a.Name && a.Name !== 'sub')
    .map((a) => ({ name: a.Name ?? '', mutable: a.Mutable !== false }));
}

export const poolAttributesQueryOptions = (poolId: string) =>
  queryOptions({ ...describeUserPoolQueryOptions(poolId), select: toPoolAttributes });

export function usePoolAttributes(poolId: string) {
  return useQuery(poolAttributesQueryOptions(poolId));
}
