import { UpdateIdentityProviderCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import {
  toUpdateIdentityProviderInput,
  type IdentityProviderEdits,
} from '@/lib/identity-providers/provider-input';
import type { IdentityProvider } from './describe-identity-provider';
import { providerKeys, regionOfPool } from './provider-keys';

export async function updateIdentityProvider(
  described: IdentityProvider,
  edits: IdentityProviderEdits,
) {
  const input = toUpdateIdentityProviderInput(described, edits);
  const output = await getIdpClient(regionOfPool(input.UserPoolId)).send(
    new UpdateIdentityProviderCommand(input),
  );
  return output.IdentityProvider;
}

export function useUpdateIdentityProvider(
  described: IdentityProvider,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  const poolId = described.UserPoolId ?? '';
  return useMutation({
    mutationFn: (edits: IdentityProviderEdits) => updateIdentityProvider(described, edits),
    onSuccess: async () => {
      // The detail, the list's dates and identifier look-ups all change.
      await queryClient.invalidateQueries({ queryKey: providerKeys.all(poolId) });
      onSuccess?.();
    },
  });
}
