import { AdminGetDeviceCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { toUserDevice, type UserDevice } from './list-devices';
import { idpClientFor } from '../pool-scope';
import { userKeys, type UserRef } from './user-keys';

export async function getDevice(
  { poolId, username }: UserRef,
  deviceKey: string,
): Promise<UserDevice> {
  const output = await idpClientFor(poolId).send(
    new AdminGetDeviceCommand({ UserPoolId: poolId, Username: username, DeviceKey: deviceKey }),
  );
  if (!output.Device) throw new Error(`Cognito returned no device ${deviceKey}.`);
  return toUserDevice(output.Device);
}

export const getDeviceQueryOptions = (user: UserRef, deviceKey: string) =>
  queryOptions({
    queryKey: userKeys.device(user, deviceKey),
    queryFn: () => getDevice(user, deviceKey),
  });

export function useDevice(user: UserRef, deviceKey: string, { enabled = true } = {}) {
  return useQuery({ ...getDeviceQueryOptions(user, deviceKey), enabled });
}
