import {
  AdminDeleteUserAttributesCommand,
  AdminUpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AttributeChanges } from '@/lib/user-attributes/changes';
import { idpClientFor } from '../pool-scope';
import type { UserRef } from './user-keys';
import { invalidateUserViews } from './user-views';

/**
 * AdminUpdateUserAttributes for changed values, then AdminDeleteUserAttributes for emptied ones.
 * The two are one edit for the admin, so they live together; each is skipped when it has nothing.
 */
export async function updateUserAttributes(
  { poolId, username }: UserRef,
  { updates, deletions }: AttributeChanges,
): Promise<void> {
  const client = idpClientFor(poolId);
  if (updates.length > 0) {
    await client.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: poolId,
        Username: username,
        UserAttributes: updates,
      }),
    );
  }
  if (deletions.length > 0) {
    await client.send(
      new AdminDeleteUserAttributesCommand({
        UserPoolId: poolId,
        Username: username,
        UserAttributeNames: deletions,
      }),
    );
  }
}

export function useUpdateUserAttributes(
  user: UserRef,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  const invalidate = () => invalidateUserViews(queryClient, user);
  return useMutation({
    mutationFn: (changes: AttributeChanges) => updateUserAttributes(user, changes),
    onSuccess: async () => {
      await invalidate();
      onSuccess?.();
    },
    // The update may have gone through before the deletion failed: show what AWS now holds.
    onError: () => void invalidate(),
  });
}
