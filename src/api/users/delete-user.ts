import { AdminDeleteUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { groupKeys } from '../groups/group-keys';
import { idpClientFor, type IdpClientOptions } from '../pool-scope';
import { userKeys, type UserRef } from './user-keys';

export async function deleteUser(
  { poolId, username }: UserRef,
  options?: IdpClientOptions,
): Promise<void> {
  await idpClientFor(poolId, options).send(
    new AdminDeleteUserCommand({ UserPoolId: poolId, Username: username }),
  );
}

/** `onSuccess` may navigate away; the user's queries are removed after, so the page being left
 * does not refetch a deleted user. */
export function useDeleteUser(user: UserRef, { onSuccess }: { onSuccess?: () => unknown } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteUser(user),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists(user.poolId) }),
        // The user leaves every group it was in.
        queryClient.invalidateQueries({ queryKey: groupKeys.allMembers(user.poolId) }),
      ]);
      await onSuccess?.();
      queryClient.removeQueries({ queryKey: userKeys.detail(user) });
      queryClient.removeQueries({ queryKey: userKeys.groups(user) });
    },
  });
}
