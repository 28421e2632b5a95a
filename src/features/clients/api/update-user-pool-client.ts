import { UpdateUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { clientEditsFromForm, type ClientFormValues } from '@/lib/clients/client-form';
import { toUpdateUserPoolClientInput } from '@/lib/clients/update-client-input';
import { clientKeys, regionOfPool } from './client-keys';
import type { AppClient } from './describe-user-pool-client';

/** The update carries every setting Describe returned that the form did not change. */
export async function updateUserPoolClient(
  described: AppClient,
  values: ClientFormValues,
): Promise<void> {
  const input = toUpdateUserPoolClientInput(described, clientEditsFromForm(described, values));
  await getIdpClient(regionOfPool(input.UserPoolId)).send(new UpdateUserPoolClientCommand(input));
}

export function useUpdateUserPoolClient(
  poolId: string,
  described: AppClient,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: ClientFormValues) => updateUserPoolClient(described, values),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: clientKeys.detail(poolId, described.ClientId ?? ''),
        }),
        queryClient.invalidateQueries({ queryKey: clientKeys.lists(poolId) }),
      ]);
      onSuccess?.();
    },
  });
}
