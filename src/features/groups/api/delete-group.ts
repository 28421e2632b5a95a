import { DeleteGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { groupKeys, regionOfPool } from './group-keys';

export async function deleteGroup(poolId: string, groupName: string): Promise<void> {
  await getIdpClient(regionOfPool(poolId)).send(
    new DeleteGroupCommand({ UserPoolId: poolId, GroupName: groupName }),
  );
}

/** The group's own queries are removed only after `onSuccess` (navigation away) settles. */
export function useDeleteGroup(poolId: string, { onSuccess }: { onSuccess?: () => unknown } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupName: string) => deleteGroup(poolId, groupName),
    onSuccess: async (_data, groupName) => {
      await queryClient.invalidateQueries({ queryKey: groupKeys.lists(poolId) });
      await onSuccess?.();
      queryClient.removeQueries({ queryKey: groupKeys.detail(poolId, groupName) });
    },
  });
}
