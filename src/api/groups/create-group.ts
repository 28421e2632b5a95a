import {
  CreateGroupCommand,
  type CreateGroupCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { groupKeys } from './group-keys';

export type CreateGroupInput = PoolInput<CreateGroupCommandInput, 'GroupName'>;

export async function createGroup(input: CreateGroupInput): Promise<string> {
  await idpClientFor(input.UserPoolId).send(new CreateGroupCommand(input));
  return input.GroupName;
}

/** The group lists, the user page's group picker among them. */
export function useCreateGroup(
  poolId: string,
  { onSuccess }: { onSuccess?: (groupName: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateGroupInput) => createGroup(input),
    onSuccess: async (groupName) => {
      await queryClient.invalidateQueries({ queryKey: groupKeys.lists(poolId) });
      onSuccess?.(groupName);
    },
  });
}
