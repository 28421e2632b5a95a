import { AdminConfirmSignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import type { UserRef } from './user-keys';
import { invalidateUserViews } from './user-views';

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
      await invalidateUserViews(queryClient, user);
      onSuccess?.();
    },
  });
}
