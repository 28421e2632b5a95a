import { DeleteUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { poolKeys, regionOfPool } from './pool-keys';

export async function deleteUserPool(poolId: string): Promise<void> {
  await getIdpClient(regionOfPool(poolId)).send(new DeleteUserPoolCommand({ UserPoolId: poolId }));
}

/** `onSuccess` may return a promise (e.g. navigation away from the deleted pool); the pool's detail
 * query is removed only after it settles, so the page being left does not refetch a 404. */
export function useDeleteUserPool({ onSuccess }: { onSuccess?: () => unknown } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUserPool,
    onSuccess: async (_data, poolId) => {
      const region = regionOfPool(poolId);
      await queryClient.invalidateQueries({ queryKey: poolKeys.lists(region) });
      await onSuccess?.();
      queryClient.removeQueries({ queryKey: poolKeys.detail(region, poolId) });
    },
  });
}
