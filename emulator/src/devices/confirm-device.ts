import type { RequestContext } from '../protocol/context.ts';
import { AwsError, invalidParameter, resourceNotFound } from '../protocol/errors.ts';
import type { DeviceRecord, DeviceVerifierRecord } from '../store/types.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { remembersOnlyOnPrompt, tracksDevices } from './device-tracking.ts';
import { deviceOwner } from './own-device.ts';

interface ConfirmDeviceInput {
  AccessToken: string;
  DeviceKey: string;
  DeviceSecretVerifierConfig?: { PasswordVerifier?: string; Salt?: string };
  DeviceName?: string;
}

function hexOfBase64(value: string | undefined, name: string): string {
  const hex = Buffer.from(value ?? '', 'base64').toString('hex');
  if (!/^[0-9a-f]+$/.test(hex) || /^0*$/.test(hex)) {
    throw invalidParameter(`DeviceSecretVerifierConfig.${name} must be a non-zero base64 value.`);
  }
  return hex;
}

/**
 * Registers the device a sign-in's NewDeviceMetadata named (the access token of that sign-in
 * carries its key) with the verifier it will use in device SRP. The pool decides whether it is
 * remembered at once or only when the user says so (UpdateDeviceStatus).
 */
export async function confirmDevice(input: ConfirmDeviceInput, ctx: RequestContext) {
  const { pool, user, claims } = await deviceOwner(ctx, input.AccessToken);
  if (!tracksDevices(pool) || claims.device_key !== input.DeviceKey) {
    throw resourceNotFound('Device does not exist.');
  }
  if (user.devices?.some((d) => d.DeviceKey === input.DeviceKey)) {
    throw new AwsError('DeviceKeyExistsException', 'Device key already exists.');
  }
  const config = input.DeviceSecretVerifierConfig;
  const verifier: DeviceVerifierRecord | undefined = config
    ? {
        DeviceKey: input.DeviceKey,
        salt: hexOfBase64(config.Salt, 'Salt'),
        verifier: hexOfBase64(config.PasswordVerifier, 'PasswordVerifier'),
      }
    : undefined;
  const onPrompt = remembersOnlyOnPrompt(pool);
  const now = epochSeconds(ctx.now);
  const device: DeviceRecord = {
    DeviceKey: input.DeviceKey,
    DeviceAttributes: [
      { Name: 'device_status', Value: 'valid' },
      ...(input.DeviceName ? [{ Name: 'device_name', Value: input.DeviceName }] : []),
      { Name: 'device_remembered_status', Value: onPrompt ? 'not_remembered' : 'remembered' },
    ],
    DeviceCreateDate: now,
    DeviceLastModifiedDate: now,
    DeviceLastAuthenticatedDate: now,
  };
  updateUser(
    ctx,
    pool,
    user,
    () => {
      user.devices = [...(user.devices ?? []), device];
      if (verifier) user.deviceVerifiers = [...(user.deviceVerifiers ?? []), verifier];
    },
    { stamp: false },
  );
  return { UserConfirmationNecessary: onPrompt };
}
