import { ListGroupsCommand, type GroupType } from '@aws-sdk/client-cognito-identity-provider';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { groupKeys, regionOfPool } from './group-keys';

export const GROUPS_PAGE_SIZE = 60;

export interface GroupsPage {
  groups: GroupType[];
  nextToken?: string;
}

export async function listGroups(poolId: string, nextToken?: string): Promise<GroupsPage> {
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new ListGroupsCommand({ UserPoolId: poolId, Limit: GROUPS_PAGE_SIZE, NextToken: nextToken }),
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
