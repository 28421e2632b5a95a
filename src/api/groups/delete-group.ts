import { DeleteGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { userKeys } from '../users/user-keys';
import { groupKeys } from './group-keys';

export async function deleteGroup(poolId: string, groupName: string): Promise<void> {
  await idpClientFor(poolId).send(
    new DeleteGroupCommand({ UserPoolId: poolId, GroupName: groupName }),
  );
}

/** The group lists and its former members' group lists; the group's own queries are removed only
 * after `onSuccess` (navigation away) settles. */
export function useDeleteGroup(poolId: string, { onSuccess }: { onSuccess?: () => unknown } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupName: string) => deleteGroup(poolId, groupName),
    onSuccess: async (_data, groupName) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.lists(poolId) }),
        queryClient.invalidateQueries({ queryKey: userKeys.memberships(poolId) }),
      ]);
      await onSuccess?.();
      queryClient.removeQueries({ queryKey: groupKeys.detail(poolId, groupName) });
      queryClient.removeQueries({ queryKey: groupKeys.members(poolId, groupName) });
    },
  });
}
