import { AdminRemoveUserFromGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { groupKeys, regionOfPool } from './group-keys';

export async function removeUserFromGroup(poolId: string, groupName: string, username: string) {
  await getIdpClient(regionOfPool(poolId)).send(
    new AdminRemoveUserFromGroupCommand({
      UserPoolId: poolId,
      GroupName: groupName,
      Username: username,
    }),
  );
}

export function useRemoveUserFromGroup(
  poolId: string,
  groupName: string,
  { onSuccess }: { onSuccess?: (username: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (username: string) => removeUserFromGroup(poolId, groupName, username),
    onSuccess: async (_data, username) => {
      await queryClient.invalidateQueries({ queryKey: groupKeys.members(poolId, groupName) });
      onSuccess?.(username);
    },
  });
}
