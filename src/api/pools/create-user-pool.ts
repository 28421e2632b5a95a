import {
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
  type CreateUserPoolCommandInput,
  type SetUserPoolMfaConfigCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { getErrorMessage } from '@/aws/errors';
import { poolKeys } from './pool-keys';

export type CreateUserPoolInput = CreateUserPoolCommandInput;
export type UserPoolMfaConfigInput = SetUserPoolMfaConfigCommandInput;

export interface NewUserPool {
  pool: CreateUserPoolInput;
  /** The follow-up SetUserPoolMfaConfig for the new pool's id, or undefined when MFA stays off. */
  mfaConfig: (userPoolId: string) => UserPoolMfaConfigInput | undefined;
}

export interface CreatedPool {
  id: string;
  name: string;
  /** Set when the pool exists but the follow-up MFA call failed. */
  mfaWarning?: string;
}

export async function createUserPool(
  region: string,
  { pool, mfaConfig }: NewUserPool,
): Promise<CreatedPool> {
  const client = getIdpClient(region);
  const output = await client.send(new CreateUserPoolCommand(pool));
  const id = output.UserPool?.Id;
  if (!id) throw new Error('Cognito created the pool but returned no id.');
  const created: CreatedPool = { id, name: output.UserPool?.Name ?? pool.PoolName ?? id };
  const mfaInput = mfaConfig(id);
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
    mutationFn: (newPool: NewUserPool) => createUserPool(region, newPool),
    onSuccess: async (pool) => {
      await queryClient.invalidateQueries({ queryKey: poolKeys.lists(region) });
      onSuccess?.(pool);
    },
  });
}
