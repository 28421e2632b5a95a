import { ListResourceServersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { clientKeys, regionOfPool } from './client-keys';

export interface CustomScope {
  /** As it appears in tokens and AllowedOAuthScopes: identifier/scope. */
  scope: string;
  description?: string;
}

/** Every resource-server scope in the pool (all pages). */
export async function listCustomScopes(poolId: string): Promise<CustomScope[]> {
  const client = getIdpClient(regionOfPool(poolId));
  const scopes: CustomScope[] = [];
  let token: string | undefined;
  do {
    const output = await client.send(
      new ListResourceServersCommand({ UserPoolId: poolId, MaxResults: 50, NextToken: token }),
    );
    for (const server of output.ResourceServers ?? []) {
      for (const s of server.Scopes ?? []) {
        scopes.push({
          scope: `${server.Identifier}/${s.ScopeName}`,
          description: s.ScopeDescription,
        });
      }
    }
    token = output.NextToken || undefined;
  } while (token);
  return scopes;
}

export const customScopesQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: clientKeys.options(poolId, 'scopes'),
    queryFn: () => listCustomScopes(poolId),
  });

export function useCustomScopes(poolId: string) {
  return useQuery(customScopesQueryOptions(poolId));
}
