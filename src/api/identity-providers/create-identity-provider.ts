import {
  CreateIdentityProviderCommand,
  type CreateIdentityProviderCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { providerKeys } from './provider-keys';

export type CreateIdentityProviderInput = PoolInput<
  CreateIdentityProviderCommandInput,
  'ProviderName'
>;

export async function createIdentityProvider(input: CreateIdentityProviderInput) {
  const output = await idpClientFor(input.UserPoolId).send(
    new CreateIdentityProviderCommand(input),
  );
  return output.IdentityProvider;
}

/** The provider lists (app-client and link-identity choices read the same list) and look-ups. */
export function useCreateIdentityProvider(
  poolId: string,
  { onSuccess }: { onSuccess?: (name: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateIdentityProviderInput) => createIdentityProvider(input),
    onSuccess: async (_created, input) => {
      // Identifier look-ups may now find this provider.
      await queryClient.invalidateQueries({ queryKey: providerKeys.all(poolId) });
      onSuccess?.(input.ProviderName);
    },
  });
}
