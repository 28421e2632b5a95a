import { AdminAddUserToGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { groupKeys, regionOfPool } from './group-keys';

export async function addUserToGroup(poolId: string, groupName: string, username: string) {
  await getIdpClient(regionOfPool(poolId)).send(
    new AdminAddUserToGroupCommand({
      UserPoolId: poolId,
      GroupName: groupName,
      Username: username,
    }),
  );
}

export function useAddUserToGroup(
  poolId: string,
  groupName: string,
  { onSuccess }: { onSuccess?: (username: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (username: string) => addUserToGroup(poolId, groupName, username),
    onSuccess: async (_data, username) => {
      await queryClient.invalidateQueries({ queryKey: groupKeys.members(poolId, groupName) });
      onSuccess?.(username);
    },
  });
}
