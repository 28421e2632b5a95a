import { AdminUpdateDeviceStatusCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { userKeys, type UserRef } from './user-keys';

export interface DeviceStatusChange {
  deviceKey: string;
  remembered: boolean;
}

export async function updateDeviceStatus(
  { poolId, username }: UserRef,
  { deviceKey, remembered }: DeviceStatusChange,
) {
  await idpClientFor(poolId).send(
    new AdminUpdateDeviceStatusCommand({
      UserPoolId: poolId,
      Username: username,
      DeviceKey: deviceKey,
      DeviceRememberedStatus: remembered ? 'remembered' : 'not_remembered',
    }),
  );
}

export function useUpdateDeviceStatus(
  user: UserRef,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: DeviceStatusChange) => updateDeviceStatus(user, change),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.devices(user) });
      onSuccess?.();
    },
  });
}
