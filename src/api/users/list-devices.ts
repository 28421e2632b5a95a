import {
  AdminListDevicesCommand,
  type DeviceType,
} from '@aws-sdk/client-cognito-identity-provider';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { userKeys, type UserRef } from './user-keys';

export const DEVICES_PAGE_SIZE = 20;

export interface UserDevice {
  key: string;
  name?: string;
  remembered?: string;
  lastIp?: string;
  createdAt?: Date;
  lastAuthenticatedAt?: Date;
  modifiedAt?: Date;
  attributes: { name: string; value: string }[];
}

export interface DevicesPage {
  devices: UserDevice[];
  nextToken?: string;
}

export function toUserDevice(device: DeviceType): UserDevice {
  const attributes = (device.DeviceAttributes ?? []).map((a) => ({
    name: a.Name ?? '',
    value: a.Value ?? '',
  }));
  const attribute = (name: string) => attributes.find((a) => a.name === name)?.value;
  return {
    key: device.DeviceKey ?? '',
    name: attribute('device_name'),
    remembered: attribute('device_remembered_status'),
    lastIp: attribute('last_ip_used'),
    createdAt: device.DeviceCreateDate,
    lastAuthenticatedAt: device.DeviceLastAuthenticatedDate,
    modifiedAt: device.DeviceLastModifiedDate,
    attributes,
  };
}

export async function listDevices(
  { poolId, username }: UserRef,
  paginationToken?: string,
): Promise<DevicesPage> {
  const output = await idpClientFor(poolId).send(
    new AdminListDevicesCommand({
      UserPoolId: poolId,
      Username: username,
      Limit: DEVICES_PAGE_SIZE,
      PaginationToken: paginationToken,
    }),
  );
  return {
    devices: (output.Devices ?? []).map(toUserDevice),
    nextToken: output.PaginationToken || undefined,
  };
}

export const listDevicesQueryOptions = (user: UserRef, paginationToken?: string) =>
  queryOptions({
    queryKey: userKeys.devicePage(user, paginationToken),
    queryFn: () => listDevices(user, paginationToken),
  });

export function useDevices(user: UserRef, paginationToken?: string) {
  return useQuery({
    ...listDevicesQueryOptions(user, paginationToken),
    placeholderData: keepPreviousData,
  });
}
