import { AdminSetUserSettingsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { userKeys, type UserRef } from './user-keys';

/**
 * AdminSetUserSettings only configures the legacy per-attribute MFA option, and only one kind:
 * SMS to phone_number. Turning it off sends an empty list.
 */
export async function setUserSmsMfaOption({ poolId, username }: UserRef, smsOn: boolean) {
  await idpClientFor(poolId).send(
    new AdminSetUserSettingsCommand({
      UserPoolId: poolId,
      Username: username,
      MFAOptions: smsOn ? [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] : [],
    }),
  );
}

export function useSetUserSmsMfaOption(
  user: UserRef,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (smsOn: boolean) => setUserSmsMfaOption(user, smsOn),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.detail(user), exact: true });
      onSuccess?.();
    },
  });
}
