import { AdminSetUserPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import type { UserRef } from './user-keys';
import { invalidateUserViews } from './user-views';

export interface SetPasswordValues {
  password: string;
  /** Temporary: the user must choose a new one at next sign-in (FORCE_CHANGE_PASSWORD). */
  permanent: boolean;
}

export async function setUserPassword(
  { poolId, username }: UserRef,
  { password, permanent }: SetPasswordValues,
): Promise<void> {
  await idpClientFor(poolId).send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: username,
      Password: password,
      Permanent: permanent,
    }),
  );
}

export function useSetUserPassword(user: UserRef, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: SetPasswordValues) => setUserPassword(user, values),
    onSuccess: async () => {
      await invalidateUserViews(queryClient, user);
      onSuccess?.();
    },
  });
}
