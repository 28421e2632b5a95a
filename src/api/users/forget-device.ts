import { AdminForgetDeviceCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { userKeys, type UserRef } from './user-keys';

export async function forgetDevice({ poolId, username }: UserRef, deviceKey: string) {
  await idpClientFor(poolId).send(
    new AdminForgetDeviceCommand({ UserPoolId: poolId, Username: username, DeviceKey: deviceKey }),
  );
}

export function useForgetDevice(user: UserRef, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deviceKey: string) => forgetDevice(user, deviceKey),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.devices(user) });
      onSuccess?.();
    },
  });
}
