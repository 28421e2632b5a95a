import { AdminUserGlobalSignOutCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation } from '@tanstack/react-query';
import { idpClientFor, type IdpClientOptions } from '../pool-scope';
import type { UserRef } from './user-keys';

export async function globalSignOut(
  { poolId, username }: UserRef,
  options?: IdpClientOptions,
): Promise<void> {
  await idpClientFor(poolId, options).send(
    new AdminUserGlobalSignOutCommand({ UserPoolId: poolId, Username: username }),
  );
}

/** Revokes refresh tokens; nothing the console shows changes, so nothing is invalidated. */
export function useGlobalSignOut(user: UserRef, { onSuccess }: { onSuccess?: () => void } = {}) {
  return useMutation({ mutationFn: () => globalSignOut(user), onSuccess: () => onSuccess?.() });
}
