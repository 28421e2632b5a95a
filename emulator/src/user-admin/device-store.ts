import { resourceNotFound } from '../protocol/errors.ts';
import type { UserRecord } from '../store/types.ts';
import { extrasOf, type DeviceRecord } from './user-output.ts';

export interface DeviceInput {
  UserPoolId: string;
  Username: string;
  DeviceKey: string;
}

export function requireDevice(user: UserRecord, key: string): DeviceRecord {
  const device = extrasOf(user).devices?.find((d) => d.DeviceKey === key);
  if (!device) throw resourceNotFound('Device does not exist.');
  return device;
}
