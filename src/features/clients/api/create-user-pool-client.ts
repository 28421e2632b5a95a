import { CreateUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { toCreateUserPoolClientInput, type ClientFormValues } from '@/lib/clients/client-form';
import { clientKeys, regionOfPool } from './client-keys';

export async function createUserPoolClient(
  poolId: string,
  values: ClientFormValues,
): Promise<string> {
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new CreateUserPoolClientCommand(toCreateUserPoolClientInput(poolId, values)),
  );
  const id = output.UserPoolClient?.ClientId;
  if (!id) throw new Error('Cognito created the app client but returned no id.');
  return id;
}

export function useCreateUserPoolClient(
  poolId: string,
  { onSuccess }: { onSuccess?: (clientId: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: ClientFormValues) => createUserPoolClient(poolId, values),
    onSuccess: async (clientId) => {
      await queryClient.invalidateQueries({ queryKey: clientKeys.lists(poolId) });
      onSuccess?.(clientId);
    },
  });
}
