import { AdminAddUserToGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, userDetailKeys, type UserRef } from './user-detail-keys';

export async function addUserToGroup({ poolId, username }: UserRef, groupName: string) {
  await idpClientFor(poolId).send(
    new AdminAddUserToGroupCommand({
      UserPoolId: poolId,
      Username: username,
      GroupName: groupName,
    }),
  );
}

export function useAddUserToGroup(user: UserRef, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupName: string) => addUserToGroup(user, groupName),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userDetailKeys.groups(user) });
      onSuccess?.();
    },
  });
}
