import { ListGroupsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor, userDetailKeys } from './user-detail-keys';

/** Names of every group in the pool, for the "add to group" picker (all NextToken pages). */
export async function listPoolGroupNames(poolId: string): Promise<string[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const output = await idpClientFor(poolId).send(
      new ListGroupsCommand({ UserPoolId: poolId, Limit: 60, NextToken: nextToken }),
    );
    for (const group of output.Groups ?? []) if (group.GroupName) names.push(group.GroupName);
    nextToken = output.NextToken || undefined;
  } while (nextToken);
  return names.sort((a, b) => a.localeCompare(b));
}

export const listPoolGroupNamesQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: userDetailKeys.poolGroups(poolId),
    queryFn: () => listPoolGroupNames(poolId),
  });

export function usePoolGroupNames(poolId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...listPoolGroupNamesQueryOptions(poolId), enabled });
}
