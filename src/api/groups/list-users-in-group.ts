import { ListUsersInGroupCommand, type UserType } from '@aws-sdk/client-cognito-identity-provider';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { attributesToRecord } from '@/lib/user-attributes/changes';
import { idpClientFor } from '../pool-scope';
import { groupKeys } from './group-keys';

export const MEMBERS_PAGE_SIZE = 60;

export interface GroupMember {
  username: string;
  email?: string;
  status?: string;
  enabled?: boolean;
  /** Every attribute by name: the console names members by them (see userDisplayName). */
  attributes: Record<string, string>;
}

export function toGroupMember(user: UserType): GroupMember {
  return {
    username: user.Username ?? '',
    email: user.Attributes?.find((a) => a.Name === 'email')?.Value,
    status: user.UserStatus,
    enabled: user.Enabled,
    attributes: attributesToRecord(user.Attributes),
  };
}

export interface MembersPage {
  members: GroupMember[];
  nextToken?: string;
}

/** One ListUsersInGroup page as the SDK returns it (streams of users filter these). */
export async function listUsersInGroupRaw(
  poolId: string,
  groupName: string,
  nextToken?: string,
  signal?: AbortSignal,
): Promise<{ users: UserType[]; nextToken?: string }> {
  const output = await idpClientFor(poolId).send(
    new ListUsersInGroupCommand({
      UserPoolId: poolId,
      GroupName: groupName,
      Limit: MEMBERS_PAGE_SIZE,
      NextToken: nextToken,
    }),
    { abortSignal: signal },
  );
  return { users: output.Users ?? [], nextToken: output.NextToken || undefined };
}

export async function listUsersInGroup(
  poolId: string,
  groupName: string,
  nextToken?: string,
): Promise<MembersPage> {
  const page = await listUsersInGroupRaw(poolId, groupName, nextToken);
  return { members: page.users.map(toGroupMember), nextToken: page.nextToken };
}

export const listUsersInGroupQueryOptions = (
  poolId: string,
  groupName: string,
  nextToken?: string,
) =>
  queryOptions({
    queryKey: groupKeys.membersPage(poolId, groupName, { nextToken }),
    queryFn: () => listUsersInGroup(poolId, groupName, nextToken),
  });

export function useListUsersInGroup(poolId: string, groupName: string, nextToken?: string) {
  return useQuery({
    ...listUsersInGroupQueryOptions(poolId, groupName, nextToken),
    placeholderData: keepPreviousData,
  });
}
