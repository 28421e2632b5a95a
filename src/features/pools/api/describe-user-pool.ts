import type { UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { useQuery } from '@tanstack/react-query';
import { userPoolDescriptionQueryOptions } from '@/aws/user-pool-description';

export type UserPool = UserPoolType;

export const describeUserPoolQueryOptions = userPoolDescriptionQueryOptions;

export function useDescribeUserPool(
  poolId: string,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...userPoolDescriptionQueryOptions(poolId), enabled });
}
