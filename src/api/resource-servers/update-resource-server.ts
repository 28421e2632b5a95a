import {
  UpdateResourceServerCommand,
  type UpdateResourceServerCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { resourceServerKeys } from './resource-server-keys';

/** Built by the form's mapper: the whole scope list and every untouched setting. */
export type UpdateResourceServerInput = PoolInput<UpdateResourceServerCommandInput>;

export async function updateResourceServer(input: UpdateResourceServerInput) {
  const output = await idpClientFor(input.UserPoolId).send(new UpdateResourceServerCommand(input));
  return output.ResourceServer;
}

/** The server's page and the list (the app-client form's scopes come from it). */
export function useUpdateResourceServer(
  poolId: string,
  identifier: string,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateResourceServerInput) => updateResourceServer(input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceServerKeys.lists(poolId) }),
        queryClient.invalidateQueries({ queryKey: resourceServerKeys.detail(poolId, identifier) }),
      ]);
      onSuccess?.();
    },
  });
}
