import { useQuery } from '@tanstack/react-query';
import { userPoolDescriptionQueryOptions } from '@/aws/user-pool-description';

/** The pool's description: Domain (prefix) and CustomDomain name its domains. */
export const describeUserPoolQueryOptions = userPoolDescriptionQueryOptions;

export function useDescribeUserPool(poolId: string) {
  return useQuery(userPoolDescriptionQueryOptions(poolId));
}
