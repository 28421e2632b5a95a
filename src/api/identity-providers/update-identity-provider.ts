import {
  UpdateIdentityProviderCommand,
  type UpdateIdentityProviderCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { providerKeys } from './provider-keys';

/** Built by the form's mapper: the edited settings and every untouched one. */
export type UpdateIdentityProviderInput = PoolInput<UpdateIdentityProviderCommandInput>;

export async function updateIdentityProvider(input: UpdateIdentityProviderInput) {
  const output = await idpClientFor(input.UserPoolId).send(
    new UpdateIdentityProviderCommand(input),
  );
  return output.IdentityProvider;
}

export function useUpdateIdentityProvider(
  poolId: string,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateIdentityProviderInput) => updateIdentityProvider(input),
    onSuccess: async () => {
      // The detail, the list's dates and identifier look-ups all change.
      await queryClient.invalidateQueries({ queryKey: providerKeys.all(poolId) });
      onSuccess?.();
    },
  });
}
