import { DeleteResourceServerCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { resourceServerKeys } from './resource-server-keys';

export async function deleteResourceServer(poolId: string, identifier: string): Promise<void> {
  await idpClientFor(poolId).send(
    new DeleteResourceServerCommand({ UserPoolId: poolId, Identifier: identifier }),
  );
}

/** The detail query is removed only after `onSuccess` (navigation away) settles, so the page being
 * left does not refetch a 404. */
export function useDeleteResourceServer(
  poolId: string,
  { onSuccess }: { onSuccess?: () => unknown } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (identifier: string) => deleteResourceServer(poolId, identifier),
    onSuccess: async (_data, identifier) => {
      await queryClient.invalidateQueries({ queryKey: resourceServerKeys.lists(poolId) });
      await onSuccess?.();
      queryClient.removeQueries({ queryKey: resourceServerKeys.detail(poolId, identifier) });
    },
  });
}
