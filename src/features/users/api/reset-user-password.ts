import { AdminResetUserPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userKeys } from './user-keys';
import { idpClientFor, userDetailKeys, type UserRef } from './user-detail-keys';

export async function resetUserPassword({ poolId, username }: UserRef): Promise<void> {
  await idpClientFor(poolId).send(
    new AdminResetUserPasswordCommand({ UserPoolId: poolId, Username: username }),
  );
}

/** The status becomes RESET_REQUIRED: the user and the lists that show the status change. */
export function useResetUserPassword(
  user: UserRef,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => resetUserPassword(user),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userDetailKeys.user(user), exact: true }),
        queryClient.invalidateQueries({ queryKey: userKeys.lists(user.poolId) }),
      ]);
      onSuccess?.();
    },
  });
}
