import {
  AdminCreateUserCommand,
  type AdminCreateUserCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type IdpClientOptions, type PoolInput } from '../pool-scope';
import { userKeys } from './user-keys';

export type AdminCreateUserInput = PoolInput<AdminCreateUserCommandInput, 'Username'>;

/** AdminCreateUser: creates a user, or (MessageAction RESEND) sends its invitation again. */
export async function adminCreateUser(input: AdminCreateUserInput, options?: IdpClientOptions) {
  return idpClientFor(input.UserPoolId, options).send(new AdminCreateUserCommand(input));
}

/** Returns the real username (a UUID in pools where email or phone is the username). */
export async function createUser(input: AdminCreateUserInput): Promise<string> {
  const output = await adminCreateUser(input);
  return output.User?.Username ?? input.Username;
}

export function useCreateUser(
  poolId: string,
  { onSuccess }: { onSuccess?: (username: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AdminCreateUserInput) => createUser(input),
    onSuccess: async (username) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.lists(poolId) });
      onSuccess?.(username);
    },
  });
}
