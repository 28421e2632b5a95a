import { useQueryClient } from '@tanstack/react-query';
import { addUserToGroup } from '../groups/add-user-to-group';
import { createGroup } from '../groups/create-group';
import { invalidateMembership } from '../groups/membership';
import { groupKeys } from '../groups/group-keys';
import { traced, type UserSelfContext } from './user-self-call';

/** The group test users go in, so an administrator can find and remove them later. */
export const TEST_USERS_GROUP = 'console-test-users';

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

/** Creates the group when it is missing, then puts the user in it (both signed by the operator). */
export async function addToTestUsersGroup(ctx: UserSelfContext, username: string): Promise<void> {
  const group = {
    UserPoolId: ctx.poolId,
    GroupName: TEST_USERS_GROUP,
    Description: 'Users created by the console’s Try sign-in page; safe to delete.',
  };
  try {
    await traced(ctx.trace, 'CreateGroup', group, () => createGroup(group), { signed: true });
  } catch (error) {
    if (errorName(error) !== 'GroupExistsException') throw error;
  }
  const membership = { UserPoolId: ctx.poolId, GroupName: TEST_USERS_GROUP, Username: username };
  await traced(
    ctx.trace,
    'AdminAddUserToGroup',
    membership,
    () => addUserToGroup({ poolId: ctx.poolId, groupName: TEST_USERS_GROUP, username }),
    { signed: true },
  );
}

/** The group lists and the group's members change. */
export function useInvalidateTestUsersGroup(poolId: string) {
  const queryClient = useQueryClient();
  return (username: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: groupKeys.lists(poolId) }),
      invalidateMembership(queryClient, { poolId, groupName: TEST_USERS_GROUP, username }),
    ]);
}
