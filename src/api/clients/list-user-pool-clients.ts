import {
  ListUserPoolClientsCommand,
  type UserPoolClientDescription,
} from '@aws-sdk/client-cognito-identity-provider';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { clientKeys } from './client-keys';

export const CLIENTS_PAGE_SIZE = 60;

export interface ClientsPage {
  clients: UserPoolClientDescription[];
  nextToken?: string;
}

export async function listUserPoolClients(
  poolId: string,
  nextToken?: string,
): Promise<ClientsPage> {
  const output = await idpClientFor(poolId).send(
    new ListUserPoolClientsCommand({
      UserPoolId: poolId,
      MaxResults: CLIENTS_PAGE_SIZE,
      NextToken: nextToken,
    }),
  );
  return { clients: output.UserPoolClients ?? [], nextToken: output.NextToken || undefined };
}

export const listUserPoolClientsQueryOptions = (poolId: string, nextToken?: string) =>
  queryOptions({
    queryKey: clientKeys.list(poolId, { nextToken }),
    queryFn: () => listUserPoolClients(poolId, nextToken),
  });

export function useListUserPoolClients(poolId: string, nextToken?: string) {
  return useQuery({
    ...listUserPoolClientsQueryOptions(poolId, nextToken),
    placeholderData: keepPreviousData,
  });
}
