import { AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput } from '@/lib/user-attributes/create-user';
import { userKeys } from './user-keys';
import { idpClientFor } from './user-detail-keys';

/** Returns the real username (a UUID in pools where email or phone is the username). */
export async function createUser(input: CreateUserInput): Promise<string> {
  const output = await idpClientFor(input.UserPoolId).send(new AdminCreateUserCommand(input));
  return output.User?.Username ?? input.Username;
}

export function useCreateUser(
  poolId: string,
  { onSuccess }: { onSuccess?: (username: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => createUser(input),
    onSuccess: async (username) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.lists(poolId) });
      onSuccess?.(username);
    },
  });
}
