import { AdminRemoveUserFromGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { invalidateMembership, type Membership } from './membership';

export async function removeUserFromGroup({ poolId, groupName, username }: Membership) {
  await idpClientFor(poolId).send(
    new AdminRemoveUserFromGroupCommand({
      UserPoolId: poolId,
      GroupName: groupName,
      Username: username,
    }),
  );
}

/** Used from the group page and from the user page: both views are refreshed either way. */
export function useRemoveUserFromGroup({
  onSuccess,
}: { onSuccess?: (membership: Membership) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeUserFromGroup,
    onSuccess: async (_data, membership) => {
      await invalidateMembership(queryClient, membership);
      onSuccess?.(membership);
    },
  });
}
