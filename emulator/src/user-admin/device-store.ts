import { resourceNotFound } from '../protocol/errors.ts';
import type { DeviceRecord, UserRecord } from '../store/types.ts';

export interface DeviceInput {
  UserPoolId: string;
  Username: string;
  DeviceKey: string;
}

export function requireDevice(user: UserRecord, key: string): DeviceRecord {
  const device = user.devices?.find((d) => d.DeviceKey === key);
  if (!device) throw resourceNotFound('Device does not exist.');
  return device;
}
