import {
  AdminDisableUserCommand,
  AdminEnableUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type IdpClientOptions } from '../pool-scope';
import type { UserRef } from './user-keys';
import { invalidateUserViews } from './user-views';

/** AdminEnableUser / AdminDisableUser: one flag, so one file. */
export async function setUserEnabled(
  { poolId, username }: UserRef,
  enabled: boolean,
  options?: IdpClientOptions,
) {
  const input = { UserPoolId: poolId, Username: username };
  await idpClientFor(poolId, options).send(
    enabled ? new AdminEnableUserCommand(input) : new AdminDisableUserCommand(input),
  );
}

export function useSetUserEnabled(user: UserRef, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => setUserEnabled(user, enabled),
    onSuccess: async () => {
      await invalidateUserViews(queryClient, user);
      onSuccess?.();
    },
  });
}
