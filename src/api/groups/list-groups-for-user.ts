import { AdminListGroupsForUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { userKeys, type UserRef } from '../users/user-keys';

export interface UserGroup {
  name: string;
  description?: string;
  precedence?: number;
}

/** Every group of the user: a user has at most a few, so all pages are read (NextToken). */
export async function listGroupsForUser({ poolId, username }: UserRef): Promise<UserGroup[]> {
  const groups: UserGroup[] = [];
  let nextToken: string | undefined;
  do {
    const output = await idpClientFor(poolId).send(
      new AdminListGroupsForUserCommand({
        UserPoolId: poolId,
        Username: username,
        Limit: 60,
        NextToken: nextToken,
      }),
    );
    for (const group of output.Groups ?? []) {
      if (group.GroupName) {
        groups.push({
          name: group.GroupName,
          description: group.Description,
          precedence: group.Precedence,
        });
      }
    }
    nextToken = output.NextToken || undefined;
  } while (nextToken);
  return groups;
}

export const listGroupsForUserQueryOptions = (user: UserRef) =>
  queryOptions({ queryKey: userKeys.groups(user), queryFn: () => listGroupsForUser(user) });

export function useGroupsForUser(user: UserRef) {
  return useQuery(listGroupsForUserQueryOptions(user));
}
