import { DeleteUserPoolDomainCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { poolKeys } from '../pools/pool-keys';
import { domainKeys } from './domain-keys';

export async function deleteUserPoolDomain(poolId: string, domain: string): Promise<void> {
  await idpClientFor(poolId).send(
    new DeleteUserPoolDomainCommand({ UserPoolId: poolId, Domain: domain }),
  );
}

export function useDeleteUserPoolDomain(
  poolId: string,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (domain: string) => deleteUserPoolDomain(poolId, domain),
    onSuccess: async (_data, domain) => {
      queryClient.removeQueries({ queryKey: domainKeys.detail(poolId, domain) });
      await queryClient.invalidateQueries({ queryKey: poolKeys.description(poolId) });
      onSuccess?.();
    },
  });
}
