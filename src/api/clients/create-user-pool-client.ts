import {
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { clientKeys } from './client-keys';

export type CreateUserPoolClientInput = PoolInput<CreateUserPoolClientCommandInput>;

export async function createUserPoolClient(input: CreateUserPoolClientInput): Promise<string> {
  const output = await idpClientFor(input.UserPoolId).send(new CreateUserPoolClientCommand(input));
  const id = output.UserPoolClient?.ClientId;
  if (!id) throw new Error('Cognito created the app client but returned no id.');
  return id;
}

export function useCreateUserPoolClient(
  poolId: string,
  { onSuccess }: { onSuccess?: (clientId: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserPoolClientInput) => createUserPoolClient(input),
    onSuccess: async (clientId) => {
      await queryClient.invalidateQueries({ queryKey: clientKeys.lists(poolId) });
      onSuccess?.(clientId);
    },
  });
}
