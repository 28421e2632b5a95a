import { DescribeResourceServerCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResourceServer } from './list-resource-servers';
import { idpClientFor } from '../pool-scope';
import { resourceServerKeys } from './resource-server-keys';

export async function describeResourceServer(
  poolId: string,
  identifier: string,
): Promise<ResourceServer> {
  const output = await idpClientFor(poolId).send(
    new DescribeResourceServerCommand({ UserPoolId: poolId, Identifier: identifier }),
  );
  if (!output.ResourceServer) throw new Error(`Cognito returned no resource server ${identifier}.`);
  return output.ResourceServer;
}

export const describeResourceServerQueryOptions = (poolId: string, identifier: string) =>
  queryOptions({
    queryKey: resourceServerKeys.detail(poolId, identifier),
    queryFn: () => describeResourceServer(poolId, identifier),
  });

export function useDescribeResourceServer(
  poolId: string,
  identifier: string,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...describeResourceServerQueryOptions(poolId, identifier), enabled });
}
