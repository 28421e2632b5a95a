import { ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { groupKeys, regionOfPool } from './group-keys';
import { toGroupMember, type GroupMember } from './list-users-in-group';

export type UserSearchAttribute = 'email' | 'username';

export const USER_SEARCH_LIMIT = 20;

/** ListUsers prefix filter on one attribute (cognito-behaviour.md 16), quotes escaped. */
export function userPrefixFilter(attribute: UserSearchAttribute, prefix: string): string {
  const escaped = prefix.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `${attribute} ^= "${escaped}"`;
}

export async function searchUsers(
  poolId: string,
  attribute: UserSearchAttribute,
  prefix: string,
): Promise<GroupMember[]> {
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new ListUsersCommand({
      UserPoolId: poolId,
      Filter: userPrefixFilter(attribute, prefix),
      Limit: USER_SEARCH_LIMIT,
    }),
  );
  return (output.Users ?? []).map(toGroupMember);
}

export const searchUsersQueryOptions = (
  poolId: string,
  attribute: UserSearchAttribute,
  prefix: string,
) =>
  queryOptions({
    queryKey: groupKeys.userSearch(poolId, { attribute, prefix }),
    queryFn: () => searchUsers(poolId, attribute, prefix),
  });

export function useSearchUsers(poolId: string, attribute: UserSearchAttribute, prefix: string) {
  return useQuery({
    ...searchUsersQueryOptions(poolId, attribute, prefix),
    enabled: prefix !== '',
  });
}
