import {
  ListResourceServersCommand,
  type ResourceServerType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { resourceServerKeys } from './resource-server-keys';

export type ResourceServer = ResourceServerType;

/** A pool holds at most 25 resource servers; follow tokens anyway rather than trust that. */
export async function listResourceServers(poolId: string): Promise<ResourceServer[]> {
  const client = idpClientFor(poolId);
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

export interface CustomScope {
  /** As it appears in tokens and AllowedOAuthScopes: identifier/scope. */
  scope: string;
  description?: string;
  /** The resource server it belongs to. */
  identifier: string;
}

export function toCustomScopes(servers: ResourceServer[]): CustomScope[] {
  return servers.flatMap((server) =>
    (server.Scopes ?? []).map((s) => ({
      scope: `${server.Identifier}/${s.ScopeName}`,
      description: s.ScopeDescription,
      identifier: server.Identifier ?? '',
    })),
  );
}

/** Every resource-server scope of the pool, from the same list the Resource servers tab shows. */
export function useCustomScopes(poolId: string) {
  return useQuery({ ...listResourceServersQueryOptions(poolId), select: toCustomScopes });
}
