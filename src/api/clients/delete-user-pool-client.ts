import { DeleteUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { clientKeys } from './client-keys';

export async function deleteUserPoolClient(poolId: string, clientId: string): Promise<void> {
  await idpClientFor(poolId).send(
    new DeleteUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }),
  );
}

/** The client's detail query is removed only after `onSuccess` (navigation away) settles. */
export function useDeleteUserPoolClient(
  poolId: string,
  { onSuccess }: { onSuccess?: () => unknown } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clientId: string) => deleteUserPoolClient(poolId, clientId),
    onSuccess: async (_data, clientId) => {
      await queryClient.invalidateQueries({ queryKey: clientKeys.lists(poolId) });
      await onSuccess?.();
      queryClient.removeQueries({ queryKey: clientKeys.detail(poolId, clientId) });
    },
  });
}
