import {
  UpdateUserPoolClientCommand,
  type UpdateUserPoolClientCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { clientKeys } from './client-keys';

/** Built by the form's mapper: every setting Describe returned that the form did not change. */
export type UpdateUserPoolClientInput = PoolInput<UpdateUserPoolClientCommandInput>;

export async function updateUserPoolClient(input: UpdateUserPoolClientInput): Promise<void> {
  await idpClientFor(input.UserPoolId).send(new UpdateUserPoolClientCommand(input));
}

/** The client's page and every list of clients (names, the domain page's callback links). */
export function useUpdateUserPoolClient(
  poolId: string,
  clientId: string,
  { onSuccess }: { onSuccess?: (input: UpdateUserPoolClientInput) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUserPoolClientInput) => updateUserPoolClient(input),
    onSuccess: async (_output, input) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clientKeys.detail(poolId, clientId) }),
        queryClient.invalidateQueries({ queryKey: clientKeys.lists(poolId) }),
      ]);
      onSuccess?.(input);
    },
  });
}
