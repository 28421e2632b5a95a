import { AdminDeleteUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userKeys } from './user-keys';
import { idpClientFor, userDetailKeys, type UserRef } from './user-detail-keys';

export async function deleteUser({ poolId, username }: UserRef): Promise<void> {
  await idpClientFor(poolId).send(
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
      await queryClient.invalidateQueries({ queryKey: userKeys.lists(user.poolId) });
      await onSuccess?.();
      queryClient.removeQueries({ queryKey: userDetailKeys.user(user) });
    },
  });
}
