import { CreateGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { toCreateGroupInput, type GroupFormValues } from '@/lib/groups/group-input';
import { groupKeys, regionOfPool } from './group-keys';

export async function createGroup(poolId: string, values: GroupFormValues): Promise<string> {
  const input = toCreateGroupInput(poolId, values);
  await getIdpClient(regionOfPool(poolId)).send(new CreateGroupCommand(input));
  return input.GroupName;
}

export function useCreateGroup(
  poolId: string,
  { onSuccess }: { onSuccess?: (groupName: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: GroupFormValues) => createGroup(poolId, values),
    onSuccess: async (groupName) => {
      await queryClient.invalidateQueries({ queryKey: groupKeys.lists(poolId) });
      onSuccess?.(groupName);
    },
  });
}
