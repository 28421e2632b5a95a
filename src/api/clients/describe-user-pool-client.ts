import {
  DescribeUserPoolClientCommand,
  type UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { clientKeys } from './client-keys';

export type AppClient = UserPoolClientType;

export async function describeUserPoolClient(poolId: string, clientId: string): Promise<AppClient> {
  const output = await idpClientFor(poolId).send(
    new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }),
  );
  if (!output.UserPoolClient) throw new Error(`Cognito returned no app client ${clientId}.`);
  return output.UserPoolClient;
}

export const describeUserPoolClientQueryOptions = (poolId: string, clientId: string) =>
  queryOptions({
    queryKey: clientKeys.detail(poolId, clientId),
    queryFn: () => describeUserPoolClient(poolId, clientId),
  });

export function useDescribeUserPoolClient(
  poolId: string,
  clientId: string,
  { enabled = true } = {},
) {
  return useQuery({ ...describeUserPoolClientQueryOptions(poolId, clientId), enabled });
}
