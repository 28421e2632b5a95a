import { GetGroupCommand, type GroupType } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { groupKeys } from './group-keys';

export type Group = GroupType;

export async function getGroup(poolId: string, groupName: string): Promise<Group> {
  const output = await idpClientFor(poolId).send(
    new GetGroupCommand({ UserPoolId: poolId, GroupName: groupName }),
  );
  if (!output.Group) throw new Error(`Cognito returned no group ${groupName}.`);
  return output.Group;
}

export const getGroupQueryOptions = (poolId: string, groupName: string) =>
  queryOptions({
    queryKey: groupKeys.detail(poolId, groupName),
    queryFn: () => getGroup(poolId, groupName),
  });

export function useGroup(poolId: string, groupName: string, { enabled = true } = {}) {
  return useQuery({ ...getGroupQueryOptions(poolId, groupName), enabled });
}
