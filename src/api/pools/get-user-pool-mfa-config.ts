import {
  GetUserPoolMfaConfigCommand,
  type GetUserPoolMfaConfigCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { poolKeys } from './pool-keys';

export type UserPoolMfaConfig = Omit<GetUserPoolMfaConfigCommandOutput, '$metadata'>;

export async function getUserPoolMfaConfig(poolId: string): Promise<UserPoolMfaConfig> {
  const { $metadata: _metadata, ...config } = await idpClientFor(poolId).send(
    new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }),
  );
  return config;
}

export const getUserPoolMfaConfigQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: poolKeys.mfaConfig(poolId),
    queryFn: () => getUserPoolMfaConfig(poolId),
  });

export function useUserPoolMfaConfig(poolId: string) {
  return useQuery(getUserPoolMfaConfigQueryOptions(poolId));
}
