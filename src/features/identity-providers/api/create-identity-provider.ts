import { CreateIdentityProviderCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import {
  toCreateIdentityProviderInput,
  type NewIdentityProvider,
} from '@/lib/identity-providers/provider-input';
import { providerKeys, regionOfPool } from './provider-keys';

export async function createIdentityProvider(poolId: string, provider: NewIdentityProvider) {
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new CreateIdentityProviderCommand(toCreateIdentityProviderInput(poolId, provider)),
  );
  return output.IdentityProvider;
}

export function useCreateIdentityProvider(
  poolId: string,
  { onSuccess }: { onSuccess?: (name: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (provider: NewIdentityProvider) => createIdentityProvider(poolId, provider),
    onSuccess: async (_created, provider) => {
      // Identifier look-ups may now find this provider.
      await queryClient.invalidateQueries({ queryKey: providerKeys.all(poolId) });
      onSuccess?.(provider.name);
    },
  });
}
