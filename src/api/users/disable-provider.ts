import { AdminDisableProviderForUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import type { UserRef } from './user-keys';
import { invalidateUserViews } from './user-views';

export interface DisableProviderValues {
  providerName: string;
  /** The identity's user id at the provider (from the `identities` attribute). */
  userId: string;
}

/**
 * Unlinks the external identity from every user it is linked to and disables its federated
 * profile. A linked identity is named by Cognito_Subject and the provider's user id.
 */
export async function disableProviderForUser(
  poolId: string,
  { providerName, userId }: DisableProviderValues,
) {
  await idpClientFor(poolId).send(
    new AdminDisableProviderForUserCommand({
      UserPoolId: poolId,
      User: {
        ProviderName: providerName,
        ProviderAttributeName: 'Cognito_Subject',
        ProviderAttributeValue: userId,
      },
    }),
  );
}

export function useDisableProviderForUser(
  user: UserRef,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: DisableProviderValues) => disableProviderForUser(user.poolId, values),
    onSuccess: async () => {
      await invalidateUserViews(queryClient, user);
      onSuccess?.();
    },
  });
}
