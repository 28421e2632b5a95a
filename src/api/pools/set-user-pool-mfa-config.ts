import {
  SetUserPoolMfaConfigCommand,
  type SetUserPoolMfaConfigCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { poolKeys } from './pool-keys';

/** The whole MFA configuration: SetUserPoolMfaConfig turns off every factor it does not receive. */
export type SetUserPoolMfaConfigInput = PoolInput<SetUserPoolMfaConfigCommandInput>;

export async function setUserPoolMfaConfig(input: SetUserPoolMfaConfigInput): Promise<void> {
  await idpClientFor(input.UserPoolId).send(new SetUserPoolMfaConfigCommand(input));
}

/** MfaConfiguration and the SMS message also show in the pool's description. */
export function useSetUserPoolMfaConfig(
  poolId: string,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetUserPoolMfaConfigInput) => setUserPoolMfaConfig(input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: poolKeys.description(poolId) }),
        queryClient.invalidateQueries({ queryKey: poolKeys.mfaConfig(poolId) }),
      ]);
      onSuccess?.();
    },
  });
}
