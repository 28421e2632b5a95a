import { DeleteIdentityProviderCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { providerKeys } from './provider-keys';

export async function deleteIdentityProvider(poolId: string, name: string): Promise<void> {
  await idpClientFor(poolId).send(
    new DeleteIdentityProviderCommand({ UserPoolId: poolId, ProviderName: name }),
  );
}

/** The detail query is removed only after `onSuccess` (navigation away) settles. */
export function useDeleteIdentityProvider(
  poolId: string,
  { onSuccess }: { onSuccess?: () => unknown } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => deleteIdentityProvider(poolId, name),
    onSuccess: async (_data, name) => {
      await queryClient.invalidateQueries({ queryKey: providerKeys.lists(poolId) });
      await onSuccess?.();
      queryClient.removeQueries({ queryKey: providerKeys.detail(poolId, name) });
      queryClient.removeQueries({ queryKey: providerKeys.byIdentifiers(poolId) });
    },
  });
}
