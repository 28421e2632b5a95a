import { ListGroupsCommand, type GroupType } from '@aws-sdk/client-cognito-identity-provider';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { groupKeys } from './group-keys';

export const GROUPS_PAGE_SIZE = 60;

export interface GroupsPage {
  groups: GroupType[];
  nextToken?: string;
}

export async function listGroups(
  poolId: string,
  nextToken?: string,
  signal?: AbortSignal,
): Promise<GroupsPage> {
  const output = await idpClientFor(poolId).send(
    new ListGroupsCommand({ UserPoolId: poolId, Limit: GROUPS_PAGE_SIZE, NextToken: nextToken }),
    { abortSignal: signal },
  );
  return { groups: output.Groups ?? [], nextToken: output.NextToken || undefined };
}

export const listGroupsQueryOptions = (poolId: string, nextToken?: string) =>
  queryOptions({
    queryKey: groupKeys.list(poolId, { nextToken }),
    queryFn: () => listGroups(poolId, nextToken),
  });

export function useListGroups(poolId: string, nextToken?: string) {
  return useQuery({
    ...listGroupsQueryOptions(poolId, nextToken),
    placeholderData: keepPreviousData,
  });
}

/** Names of every group in the pool (all pages), sorted: the "add to group" picker. */
export async function listGroupNames(poolId: string): Promise<string[]> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await listGroups(poolId, token);
    for (const group of page.groups) if (group.GroupName) names.push(group.GroupName);
    token = page.nextToken;
  } while (token);
  return names.sort((a, b) => a.localeCompare(b));
}

export const listGroupNamesQueryOptions = (poolId: string) =>
  queryOptions({ queryKey: groupKeys.names(poolId), queryFn: () => listGroupNames(poolId) });

export function useGroupNames(poolId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...listGroupNamesQueryOptions(poolId), enabled });
}
