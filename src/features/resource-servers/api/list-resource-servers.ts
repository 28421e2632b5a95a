import {
  ListResourceServersCommand,
  type ResourceServerType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { regionOfPool, resourceServerKeys } from './resource-server-keys';

export type ResourceServer = ResourceServerType;

/** A pool holds at most 25 resource servers; follow tokens anyway rather than trust that. */
export async function listResourceServers(poolId: string): Promise<ResourceServer[]> {
  const client = getIdpClient(regionOfPool(poolId));
  const servers: ResourceServer[] = [];
  let token: string | undefined;
  do {
    const output = await client.send(
      new ListResourceServersCommand({ UserPoolId: poolId, MaxResults: 50, NextToken: token }),
    );
    servers.push(...(output.ResourceServers ?? []));
    token = output.NextToken || undefined;
  } while (token);
  return servers.sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? ''));
}

export const listResourceServersQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: resourceServerKeys.lists(poolId),
    queryFn: () => listResourceServers(poolId),
  });

export function useListResourceServers(poolId: string) {
  return useQuery(listResourceServersQueryOptions(poolId));
}
