import { useQuery } from '@tanstack/react-query';
import { userPoolDescriptionQueryOptions } from '@/aws/user-pool-description';

/** The pool's description; the attribute mapping editor offers its mutable SchemaAttributes. */
export const describeUserPoolQueryOptions = userPoolDescriptionQueryOptions;

export function useDescribeUserPool(poolId: string) {
  return useQuery(userPoolDescriptionQueryOptions(poolId));
}
