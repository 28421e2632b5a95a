import { DeleteUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, regionOfPool } from '../pool-scope';
import { poolKeys } from './pool-keys';

export async function deleteUserPool(poolId: string): Promise<void> {
  await idpClientFor(poolId).send(new DeleteUserPoolCommand({ UserPoolId: poolId }));
}

/** `onSuccess` may return a promise (e.g. navigation away from the deleted pool); everything held
 * about the pool is removed only after it settles, so the page being left does not refetch a 404. */
export function useDeleteUserPool({ onSuccess }: { onSuccess?: () => unknown } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUserPool,
    onSuccess: async (_data, poolId) => {
      await queryClient.invalidateQueries({ queryKey: poolKeys.lists(regionOfPool(poolId)) });
      await onSuccess?.();
      queryClient.removeQueries({ queryKey: poolKeys.pool(poolId) });
    },
  });
}
