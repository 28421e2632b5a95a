import { AdminConfirmSignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userKeys } from './user-keys';
import { idpClientFor, userDetailKeys, type UserRef } from './user-detail-keys';

export async function confirmSignUp({ poolId, username }: UserRef): Promise<void> {
  await idpClientFor(poolId).send(
    new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: username }),
  );
}

export function useConfirmSignUp(user: UserRef, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmSignUp(user),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userDetailKeys.user(user), exact: true }),
        queryClient.invalidateQueries({ queryKey: userKeys.lists(user.poolId) }),
      ]);
      onSuccess?.();
    },
  });
}
