import {
  UpdateUserPoolCommand,
  type UpdateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { poolKeys } from './pool-keys';

/** Built by toUpdateUserPoolInput: the pool's whole configuration with only the edits changed. */
export type UpdateUserPoolInput = PoolInput<UpdateUserPoolCommandInput>;

export async function updateUserPool(input: UpdateUserPoolInput): Promise<void> {
  await idpClientFor(input.UserPoolId).send(new UpdateUserPoolCommand(input));
}

/** The pool's description (every page reads its settings from it) and its MFA configuration. */
export function useUpdateUserPool(poolId: string, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUserPoolCommandInput) =>
      updateUserPool({ ...input, UserPoolId: poolId }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: poolKeys.description(poolId) }),
        queryClient.invalidateQueries({ queryKey: poolKeys.mfaConfig(poolId) }),
      ]);
      onSuccess?.();
    },
  });
}
