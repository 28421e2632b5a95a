import { userPoolDescriptionKey } from '@/aws/user-pool-description';
import { CreateUserPoolDomainCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import type { DomainFormValues } from '../forms/domain-schema';
import { domainKeys, regionOfPool } from './domain-keys';

export async function createUserPoolDomain(poolId: string, values: DomainFormValues) {
  const custom = values.kind === 'custom';
  const output = await getIdpClient(regionOfPool(poolId)).send(
    new CreateUserPoolDomainCommand({
      UserPoolId: poolId,
      Domain: custom ? values.hostname.trim() : values.prefix.trim(),
      ...(custom ? { CustomDomainConfig: { CertificateArn: values.certificateArn.trim() } } : {}),
    }),
  );
  return output;
}

export function useCreateUserPoolDomain(
  poolId: string,
  { onSuccess }: { onSuccess?: (domain: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: DomainFormValues) => createUserPoolDomain(poolId, values),
    onSuccess: async (_output, values) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userPoolDescriptionKey(poolId) }),
        queryClient.invalidateQueries({ queryKey: domainKeys.all(poolId) }),
      ]);
      onSuccess?.(values.kind === 'custom' ? values.hostname.trim() : values.prefix.trim());
    },
  });
}
