import { AdminSetUserPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userKeys } from './user-keys';
import { idpClientFor, userDetailKeys, type UserRef } from './user-detail-keys';

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
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userDetailKeys.user(user), exact: true }),
        queryClient.invalidateQueries({ queryKey: userKeys.lists(user.poolId) }),
      ]);
      onSuccess?.();
    },
  });
}
