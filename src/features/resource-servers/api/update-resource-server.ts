import { UpdateResourceServerCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import {
  toUpdateResourceServerInput,
  type ResourceServerEdits,
} from '@/lib/resource-servers/resource-server-input';
import type { ResourceServer } from './list-resource-servers';
import { regionOfPool, resourceServerKeys } from './resource-server-keys';

export async function updateResourceServer(described: ResourceServer, edits: ResourceServerEdits) {
  const input = toUpdateResourceServerInput(described, edits);
  const output = await getIdpClient(regionOfPool(input.UserPoolId)).send(
    new UpdateResourceServerCommand(input),
  );
  return output.ResourceServer;
}

export function useUpdateResourceServer(
  described: ResourceServer,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  const poolId = described.UserPoolId ?? '';
  return useMutation({
    mutationFn: (edits: ResourceServerEdits) => updateResourceServer(described, edits),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceServerKeys.lists(poolId) }),
        queryClient.invalidateQueries({
          queryKey: resourceServerKeys.detail(poolId, described.Identifier ?? ''),
        }),
      ]);
      onSuccess?.();
    },
  });
}
