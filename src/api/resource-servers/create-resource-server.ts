import {
  CreateResourceServerCommand,
  type CreateResourceServerCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { resourceServerKeys } from './resource-server-keys';

export type CreateResourceServerInput = PoolInput<CreateResourceServerCommandInput, 'Identifier'>;

export async function createResourceServer(input: CreateResourceServerInput) {
  const output = await idpClientFor(input.UserPoolId).send(new CreateResourceServerCommand(input));
  return output.ResourceServer;
}

/** The resource-server list, which is also where the app-client form takes its scopes from. */
export function useCreateResourceServer(
  poolId: string,
  { onSuccess }: { onSuccess?: (identifier: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateResourceServerInput) => createResourceServer(input),
    onSuccess: async (_server, input) => {
      await queryClient.invalidateQueries({ queryKey: resourceServerKeys.lists(poolId) });
      onSuccess?.(input.Identifier);
    },
  });
}
