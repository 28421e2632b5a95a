import { useMutation } from '@tanstack/react-query';
import type { IdpClientOptions } from '../pool-scope';
import { adminCreateUser } from './create-user';
import type { UserRef } from './user-keys';

export type DeliveryMedium = 'EMAIL' | 'SMS';

/** AdminCreateUser with MessageAction RESEND: a new temporary password, sent again. */
export async function resendInvitation(
  { poolId, username }: UserRef,
  mediums: DeliveryMedium[],
  options?: IdpClientOptions,
): Promise<void> {
  await adminCreateUser(
    {
      UserPoolId: poolId,
      Username: username,
      MessageAction: 'RESEND',
      DesiredDeliveryMediums: mediums,
    },
    options,
  );
}

/** Nothing shown changes (status stays FORCE_CHANGE_PASSWORD), so nothing is invalidated. */
export function useResendInvitation(user: UserRef, { onSuccess }: { onSuccess?: () => void } = {}) {
  return useMutation({
    mutationFn: (mediums: DeliveryMedium[]) => resendInvitation(user, mediums),
    onSuccess: () => onSuccess?.(),
  });
}
