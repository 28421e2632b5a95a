import { AdminAddUserToGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type IdpClientOptions } from '../pool-scope';
import { invalidateMembership, type Membership } from './membership';

export async function addUserToGroup(
  { poolId, groupName, username }: Membership,
  options?: IdpClientOptions,
) {
  await idpClientFor(poolId, options).send(
    new AdminAddUserToGroupCommand({
      UserPoolId: poolId,
      GroupName: groupName,
      Username: username,
    }),
  );
}

/** Used from the group page and from the user page: both views are refreshed either way. */
export function useAddUserToGroup({
  onSuccess,
}: { onSuccess?: (membership: Membership) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membership: Membership) => addUserToGroup(membership),
    onSuccess: async (_data, membership) => {
      await invalidateMembership(queryClient, membership);
      onSuccess?.(membership);
    },
  });
}
