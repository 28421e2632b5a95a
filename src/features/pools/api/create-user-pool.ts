import {
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { getErrorMessage } from '@/aws/errors';
import type { CreatePoolFormValues } from '../forms/create-pool-schema';
import { toCreateUserPoolInput, toMfaConfigInput } from './create-user-pool-input';
import { poolKeys } from './pool-keys';

export interface CreatedPool {
  id: string;
  name: string;
  /** Set when the pool exists but the follow-up MFA call failed. */
  mfaWarning?: string;
}

export async function createUserPool(
  region: string,
  values: CreatePoolFormValues,
): Promise<CreatedPool> {
  const client = getIdpClient(region);
  const output = await client.send(new CreateUserPoolCommand(toCreateUserPoolInput(values)));
  const id = output.UserPool?.Id;
  if (!id) throw new Error('Cognito created the pool but returned no id.');
  const created: CreatedPool = { id, name: output.UserPool?.Name ?? values.name };
  const mfaInput = toMfaConfigInput(values, id);
  if (mfaInput) {
    try {
      await client.send(new SetUserPoolMfaConfigCommand(mfaInput));
    } catch (error) {
      // The pool exists now; report instead of failing the whole create, or a retry would make a duplicate.
      created.mfaWarning = `The pool was created, but turning on MFA failed: ${getErrorMessage(error)}`;
    }
  }
  return created;
}

export function useCreateUserPool(
  region: string,
  { onSuccess }: { onSuccess?: (pool: CreatedPool) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: CreatePoolFormValues) => createUserPool(region, values),
    onSuccess: async (pool) => {
      await queryClient.invalidateQueries({ queryKey: poolKeys.lists(region) });
      onSuccess?.(pool);
    },
  });
}
