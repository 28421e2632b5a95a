import { AdminResetUserPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type IdpClientOptions } from '../pool-scope';
import type { UserRef } from './user-keys';
import { invalidateUserViews } from './user-views';

export async function resetUserPassword(
  { poolId, username }: UserRef,
  options?: IdpClientOptions,
): Promise<void> {
  await idpClientFor(poolId, options).send(
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
      await invalidateUserViews(queryClient, user);
      onSuccess?.();
    },
  });
}
