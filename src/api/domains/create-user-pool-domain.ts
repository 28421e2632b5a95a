import {
  CreateUserPoolDomainCommand,
  type CreateUserPoolDomainCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { poolKeys } from '../pools/pool-keys';
import { domainKeys } from './domain-keys';

export type CreateUserPoolDomainInput = PoolInput<CreateUserPoolDomainCommandInput, 'Domain'>;

export async function createUserPoolDomain(input: CreateUserPoolDomainInput) {
  return idpClientFor(input.UserPoolId).send(new CreateUserPoolDomainCommand(input));
}

/** The pool's description names its domains; the domain's own details change too. */
export function useCreateUserPoolDomain(
  poolId: string,
  { onSuccess }: { onSuccess?: (domain: string) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserPoolDomainInput) => createUserPoolDomain(input),
    onSuccess: async (_output, input) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: poolKeys.description(poolId) }),
        queryClient.invalidateQueries({ queryKey: domainKeys.all(poolId) }),
      ]);
      onSuccess?.(input.Domain);
    },
  });
}
