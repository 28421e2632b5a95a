// Registers the operations a signed-in user performs on their own devices (with their access token).
import { registerOperations } from '../protocol/operations.ts';
import { confirmDevice } from './confirm-device.ts';
import { forgetDevice } from './forget-device.ts';
import { getDevice } from './get-device.ts';
import { listDevices } from './list-devices.ts';
import { updateDeviceStatus } from './update-device-status.ts';

registerOperations('cognito-idp', {
  ConfirmDevice: confirmDevice,
  GetDevice: getDevice,
  ListDevices: listDevices,
  ForgetDevice: forgetDevice,
  UpdateDeviceStatus: updateDeviceStatus,
});
