import { AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation } from '@tanstack/react-query';
import { idpClientFor, type UserRef } from './user-detail-keys';

export type DeliveryMedium = 'EMAIL' | 'SMS';

/** AdminCreateUser with MessageAction RESEND: a new temporary password, sent again. */
export async function resendInvitation(
  { poolId, username }: UserRef,
  mediums: DeliveryMedium[],
): Promise<void> {
  await idpClientFor(poolId).send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: username,
      MessageAction: 'RESEND',
      DesiredDeliveryMediums: mediums,
    }),
  );
}

/** Nothing shown changes (status stays FORCE_CHANGE_PASSWORD), so nothing is invalidated. */
export function useResendInvitation(user: UserRef, { onSuccess }: { onSuccess?: () => void } = {}) {
  return useMutation({
    mutationFn: (mediums: DeliveryMedium[]) => resendInvitation(user, mediums),
    onSuccess: () => onSuccess?.(),
  });
}
