import { CreateResourceServerCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import type { ResourceServerFormValues } from '../forms/resource-server-schema';
import { regionOfPool, resourceServerKeys } from './resource-server-keys';

export async function createResourceServer(poolId: string, values: ResourceServerFormValues) {
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new CreateResourceServerCommand({
      UserPoolId: poolId,
      Identifier: values.identifier.trim(),
      Name: values.name.trim(),
      Scopes: values.scopes.map((s) => ({
        ScopeName: s.name.trim(),
        ScopeDescription: s.description.trim(),
      })),
    }),
  );
  return output.ResourceServer;
}

export function useCreateResourceServer(
  poolId: string,
  { onSuccess }: { onSuccess?: (identifier: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: ResourceServerFormValues) => createResourceServer(poolId, values),
    onSuccess: async (_server, values) => {
      await queryClient.invalidateQueries({ queryKey: resourceServerKeys.lists(poolId) });
      onSuccess?.(values.identifier.trim());
    },
  });
}
