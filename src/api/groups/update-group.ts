import {
  UpdateGroupCommand,
  type UpdateGroupCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { userKeys } from '../users/user-keys';
import { groupKeys } from './group-keys';

/** Built by the form's mapper: every field, the untouched ones copied from GetGroup. */
export type UpdateGroupInput = PoolInput<UpdateGroupCommandInput>;

export async function updateGroup(input: UpdateGroupInput): Promise<void> {
  await idpClientFor(input.UserPoolId).send(new UpdateGroupCommand(input));
}

/** The group, the group lists, and the users' group lists (they show description and precedence). */
export function useUpdateGroup(
  poolId: string,
  groupName: string,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateGroupInput) => updateGroup(input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(poolId, groupName) }),
        queryClient.invalidateQueries({ queryKey: groupKeys.lists(poolId) }),
        queryClient.invalidateQueries({ queryKey: userKeys.memberships(poolId) }),
      ]);
      onSuccess?.();
    },
  });
}
