import { AdminRemoveUserFromGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, userDetailKeys, type UserRef } from './user-detail-keys';

export async function removeUserFromGroup({ poolId, username }: UserRef, groupName: string) {
  await idpClientFor(poolId).send(
    new AdminRemoveUserFromGroupCommand({
      UserPoolId: poolId,
      Username: username,
      GroupName: groupName,
    }),
  );
}

export function useRemoveUserFromGroup(
  user: UserRef,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupName: string) => removeUserFromGroup(user, groupName),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userDetailKeys.groups(user) });
      onSuccess?.();
    },
  });
}
