import {
  AdminListDevicesCommand,
  ConfirmDeviceCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ForgetDeviceCommand,
  GetDeviceCommand,
  InitiateAuthCommand,
  ListDevicesCommand,
  UpdateDeviceStatusCommand,
  type AuthenticationResultType,
  type DeviceConfigurationType,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { newDeviceSecret, srpSignInOnDevice, type Device } from './support/device-srp.ts';
import { expectAwsError } from './support/expect-error.ts';
import { publicClient } from './support/sign-in.ts';
import { targets, uniqueName } from './support/targets.ts';
import { confirmedUser, emailFor, PASSWORD, passwordSignIn } from './support/user-self.ts';

const REMEMBER_ALWAYS: DeviceConfigurationType = {
  ChallengeRequiredOnNewDevice: true,
  DeviceOnlyRememberedOnUserPrompt: false,
};
const REMEMBER_ON_PROMPT: DeviceConfigurationType = {
  ChallengeRequiredOnNewDevice: true,
  DeviceOnlyRememberedOnUserPrompt: true,
};

describe.each(targets())('device tracking on $name', (target) => {
  const admin = target.admin();
  const client = publicClient(target.url);
  /**
   * moto_server tracks no devices: it returns no NewDeviceMetadata and has none of ConfirmDevice,
   * GetDevice, ListDevices, ForgetDevice, UpdateDeviceStatus or the DEVICE_SRP_AUTH challenge. AWS
   * documents each (API_NewDeviceMetadataType.html, API_DeviceConfigurationType.html,
   * API_ConfirmDevice.html, API_ListDevices.html, API_UpdateDeviceStatus.html, and
   * developerguide/amazon-cognito-user-pools-device-tracking.html).
   */
  const itAws = target.name === 'moto' ? it.fails : it;

  /** A pool with the given device settings, an SRP and password client, and a confirmed user. */
  async function poolWithUser(DeviceConfiguration?: DeviceConfigurationType) {
    const { UserPool } = await admin.send(
      new CreateUserPoolCommand({
        PoolName: uniqueName('devices'),
        ...(DeviceConfiguration ? { DeviceConfiguration } : {}),
      }),
    );
    const poolId = UserPool!.Id!;
    const { UserPoolClient } = await admin.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: uniqueName('app'),
        ExplicitAuthFlows: [
          'ALLOW_USER_SRP_AUTH',
          'ALLOW_USER_PASSWORD_AUTH',
          'ALLOW_REFRESH_TOKEN_AUTH',
        ],
      }),
    );
    const clientId = UserPoolClient!.ClientId!;
    await confirmedUser(admin, poolId, 'dev', emailFor('dev'));
    return { poolId, clientId };
  }

  /** Signs in from a new device and confirms it the way amazon-cognito-identity-js does. */
  async function confirmNewDevice(
    pool: { poolId: string; clientId: string },
    DeviceName = 'Test laptop',
  ) {
    const { last } = await srpSignInOnDevice(target.url, pool, 'dev', PASSWORD);
    const result = last.AuthenticationResult!;
    const metadata = result.NewDeviceMetadata!;
    const { device, DeviceSecretVerifierConfig } = newDeviceSecret(
      metadata.DeviceKey!,
      metadata.DeviceGroupKey!,
    );
    const confirmed = await client.send(
      new ConfirmDeviceCommand({
        AccessToken: result.AccessToken!,
        DeviceKey: device.DeviceKey,
        DeviceSecretVerifierConfig,
        DeviceName,
      }),
    );
    return {
      device,
      AccessToken: result.AccessToken!,
      RefreshToken: result.RefreshToken!,
      confirmed,
    };
  }

  const attributes = (device: { DeviceAttributes?: { Name?: string; Value?: string }[] }) =>
    Object.fromEntries((device.DeviceAttributes ?? []).map((a) => [a.Name, a.Value]));

  it('a pool that does not track devices returns no NewDeviceMetadata', async () => {
    const pool = await poolWithUser();
    const { AuthenticationResult } = await passwordSignIn(target, pool.clientId, 'dev', PASSWORD);
    expect(AuthenticationResult?.AccessToken).toBeTruthy();
    expect(AuthenticationResult?.NewDeviceMetadata).toBeUndefined();
  });

  itAws('a pool that tracks devices names a new device at sign-in', async () => {
    const pool = await poolWithUser(REMEMBER_ALWAYS);
    const { AuthenticationResult } = await passwordSignIn(target, pool.clientId, 'dev', PASSWORD);
    const metadata = AuthenticationResult!.NewDeviceMetadata!;
    expect(metadata.DeviceKey).toMatch(
      /^[a-z]{2}-[a-z]+-\d_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(metadata.DeviceKey!.split('_')[0]).toBe(pool.poolId.split('_')[0]);
    expect(metadata.DeviceGroupKey).toBeTruthy();
    expect(decodeJwt(AuthenticationResult!.AccessToken!).device_key).toBe(metadata.DeviceKey);
  });

  itAws('ConfirmDevice remembers the device at once when the pool always remembers', async () => {
    const pool = await poolWithUser(REMEMBER_ALWAYS);
    const { device, AccessToken, confirmed } = await confirmNewDevice(pool, 'Mia’s phone');
    expect(confirmed.UserConfirmationNecessary).toBe(false);
    const { Device } = await client.send(
      new GetDeviceCommand({ AccessToken, DeviceKey: device.DeviceKey }),
    );
    expect(Device?.DeviceKey).toBe(device.DeviceKey);
    expect(attributes(Device!)).toMatchObject({
      device_name: 'Mia’s phone',
      device_remembered_status: 'remembered',
    });
    const listed = await admin.send(
      new AdminListDevicesCommand({ UserPoolId: pool.poolId, Username: 'dev' }),
    );
    expect(listed.Devices?.map((d) => d.DeviceKey)).toEqual([device.DeviceKey]);
  });

  itAws('a remembered device signs in with device SRP, and gets no new device', async () => {
    const pool = await poolWithUser(REMEMBER_ALWAYS);
    const { device } = await confirmNewDevice(pool);
    const { challenges, last } = await srpSignInOnDevice(target.url, pool, 'dev', PASSWORD, device);
    expect(challenges).toEqual([
      'PASSWORD_VERIFIER',
      'DEVICE_SRP_AUTH',
      'DEVICE_PASSWORD_VERIFIER',
    ]);
    const result: AuthenticationResultType = last.AuthenticationResult!;
    expect(result.RefreshToken).toBeTruthy();
    expect(result.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(result.AccessToken!).device_key).toBe(device.DeviceKey);
  });

  itAws('a device that does not know its secret is refused', async () => {
    const pool = await poolWithUser(REMEMBER_ALWAYS);
    const { device } = await confirmNewDevice(pool);
    const impostor: Device = { ...device, password: 'not-the-device-secret' };
    const error = await expectAwsError(
      () => srpSignInOnDevice(target.url, pool, 'dev', PASSWORD, impostor),
      'NotAuthorizedException',
    );
    expect(error.message).toBe('Incorrect username or password.');
  });

  itAws(
    'with remembering on prompt, the device is remembered only when the user says so',
    async () => {
      const pool = await poolWithUser(REMEMBER_ON_PROMPT);
      const { device, AccessToken, confirmed } = await confirmNewDevice(pool);
      expect(confirmed.UserConfirmationNecessary).toBe(true);
      const before = await client.send(
        new GetDeviceCommand({ AccessToken, DeviceKey: device.DeviceKey }),
      );
      expect(attributes(before.Device!).device_remembered_status).toBe('not_remembered');
      const untrusted = await srpSignInOnDevice(target.url, pool, 'dev', PASSWORD, device);
      expect(untrusted.challenges).toEqual(['PASSWORD_VERIFIER']);
      expect(untrusted.last.AuthenticationResult?.NewDeviceMetadata).toBeUndefined();

      await client.send(
        new UpdateDeviceStatusCommand({
          AccessToken,
          DeviceKey: device.DeviceKey,
          DeviceRememberedStatus: 'remembered',
        }),
      );
      const trusted = await srpSignInOnDevice(target.url, pool, 'dev', PASSWORD, device);
      expect(trusted.challenges).toEqual([
        'PASSWORD_VERIFIER',
        'DEVICE_SRP_AUTH',
        'DEVICE_PASSWORD_VERIFIER',
      ]);
    },
  );

  itAws('ConfirmDevice refuses a device key it already confirmed', async () => {
    const pool = await poolWithUser(REMEMBER_ALWAYS);
    const { device, AccessToken } = await confirmNewDevice(pool);
    const { DeviceSecretVerifierConfig } = newDeviceSecret(device.DeviceKey, device.DeviceGroupKey);
    await expectAwsError(
      () =>
        client.send(
          new ConfirmDeviceCommand({
            AccessToken,
            DeviceKey: device.DeviceKey,
            DeviceSecretVerifierConfig,
          }),
        ),
      'DeviceKeyExistsException',
    );
  });

  itAws('ListDevices pages the user’s devices with Limit and PaginationToken', async () => {
    const pool = await poolWithUser(REMEMBER_ALWAYS);
    const keys: string[] = [];
    let AccessToken = '';
    for (const name of ['one', 'two', 'three']) {
      const confirmed = await confirmNewDevice(pool, name);
      keys.push(confirmed.device.DeviceKey);
      AccessToken = confirmed.AccessToken;
    }
    const first = await client.send(new ListDevicesCommand({ AccessToken, Limit: 2 }));
    expect(first.Devices).toHaveLength(2);
    expect(first.PaginationToken).toBeTruthy();
    const second = await client.send(
      new ListDevicesCommand({ AccessToken, Limit: 2, PaginationToken: first.PaginationToken }),
    );
    expect(second.PaginationToken).toBeUndefined();
    const listed = [...first.Devices!, ...second.Devices!].map((d) => d.DeviceKey);
    expect(listed.sort()).toEqual([...keys].sort());
  });

  itAws('ForgetDevice removes the device, and its key signs in as a new device', async () => {
    const pool = await poolWithUser(REMEMBER_ALWAYS);
    const { device, AccessToken, RefreshToken } = await confirmNewDevice(pool);
    await client.send(new ForgetDeviceCommand({ AccessToken, DeviceKey: device.DeviceKey }));
    // With device tracking, tokens are linked to their device: forgetting it stops them renewing
    // (aws.amazon.com/blogs/mobile/tracking-and-remembering-devices-using-amazon-cognito-your-user-pools/).
    await expectAwsError(
      () =>
        client.send(
          new InitiateAuthCommand({
            ClientId: pool.clientId,
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            AuthParameters: { REFRESH_TOKEN: RefreshToken, DEVICE_KEY: device.DeviceKey },
          }),
        ),
      'NotAuthorizedException',
    );
    const error = await expectAwsError(
      () => client.send(new GetDeviceCommand({ AccessToken, DeviceKey: device.DeviceKey })),
      'ResourceNotFoundException',
    );
    expect(error.message).toBe('Device does not exist.');
    const again = await srpSignInOnDevice(target.url, pool, 'dev', PASSWORD, device);
    expect(again.challenges).toEqual(['PASSWORD_VERIFIER']);
    expect(again.last.AuthenticationResult?.NewDeviceMetadata?.DeviceKey).not.toBe(
      device.DeviceKey,
    );
  });

  itAws('a user cannot read another user’s device', async () => {
    const pool = await poolWithUser(REMEMBER_ALWAYS);
    const { device } = await confirmNewDevice(pool);
    await confirmedUser(admin, pool.poolId, 'other', emailFor('other'));
    const { AuthenticationResult } = await passwordSignIn(target, pool.clientId, 'other', PASSWORD);
    await expectAwsError(
      () =>
        client.send(
          new GetDeviceCommand({
            AccessToken: AuthenticationResult!.AccessToken!,
            DeviceKey: device.DeviceKey,
          }),
        ),
      'ResourceNotFoundException',
    );
  });
});
