import { UpdateGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import {
  groupEditsFromForm,
  toUpdateGroupInput,
  type GroupFormValues,
} from '@/lib/groups/group-input';
import type { Group } from './get-group';
import { groupKeys, regionOfPool } from './group-keys';

/** Sends every field: the edited ones, and the rest copied from GetGroup (cognito-behaviour.md 15). */
export async function updateGroup(described: Group, values: GroupFormValues): Promise<void> {
  const input = toUpdateGroupInput(described, groupEditsFromForm(described, values));
  await getIdpClient(regionOfPool(input.UserPoolId)).send(new UpdateGroupCommand(input));
}

export function useUpdateGroup(
  poolId: string,
  described: Group,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: GroupFormValues) => updateGroup(described, values),
    onSuccess: async () => {
      const name = described.GroupName ?? '';
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(poolId, name), exact: true }),
        queryClient.invalidateQueries({ queryKey: groupKeys.lists(poolId) }),
      ]);
      onSuccess?.();
    },
  });
}
