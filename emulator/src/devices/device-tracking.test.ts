import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { addTestPool, testContext, testUser, TEST_CLIENT_ID } from '../tokens/test-pool.ts';
import {
  deviceGroupKeyOf,
  newDeviceKey,
  rememberedDeviceVerifier,
  tracksDevices,
} from './device-tracking.ts';
import { issueSignInTokens } from './sign-in-device.ts';

async function poolWith(DeviceConfiguration?: Record<string, boolean>) {
  const ctx = await testContext();
  const user = testUser('ann');
  const pool = await addTestPool(ctx, [user]);
  if (DeviceConfiguration) pool.pool.DeviceConfiguration = DeviceConfiguration;
  return { ctx, pool, user };
}

function withDevice(user: UserRecord, key: string, status: string, verifier = true) {
  user.devices = [
    ...(user.devices ?? []),
    {
      DeviceKey: key,
      DeviceAttributes: [{ Name: 'device_remembered_status', Value: status }],
      DeviceCreateDate: 0,
      DeviceLastModifiedDate: 0,
    },
  ];
  if (verifier) {
    user.deviceVerifiers = [
      ...(user.deviceVerifiers ?? []),
      { DeviceKey: key, salt: 'ab', verifier: 'cd' },
    ];
  }
}

describe('device tracking', () => {
  it('is on once any DeviceConfiguration property is set, false included', async () => {
    const on = (config?: Record<string, boolean>) =>
      tracksDevices({ pool: { DeviceConfiguration: config } } as unknown as UserPoolRecord);
    expect(on(undefined)).toBe(false);
    expect(on({})).toBe(false);
    expect(on({ ChallengeRequiredOnNewDevice: false })).toBe(true);
    expect(on({ DeviceOnlyRememberedOnUserPrompt: true })).toBe(true);
  });

  it('names devices <region>_<uuid> and gives each user one group key without "_"', async () => {
    const { ctx, pool, user } = await poolWith({ ChallengeRequiredOnNewDevice: true });
    expect(newDeviceKey(pool)).toMatch(/^us-east-1_[0-9a-f-]{36}$/);
    const groupKey = deviceGroupKeyOf(ctx, pool, user);
    expect(groupKey).not.toContain('_');
    expect(deviceGroupKeyOf(ctx, pool, user)).toBe(groupKey);
    expect(user.deviceGroupKey).toBe(groupKey);
  });

  it('lets only a remembered device with a verifier sign in with device SRP', () => {
    const user = testUser('ann');
    withDevice(user, 'us-east-1_a', 'remembered');
    withDevice(user, 'us-east-1_b', 'not_remembered');
    withDevice(user, 'us-east-1_c', 'remembered', false);
    expect(rememberedDeviceVerifier(user, 'us-east-1_a')?.verifier).toBe('cd');
    expect(rememberedDeviceVerifier(user, 'us-east-1_b')).toBeUndefined();
    expect(rememberedDeviceVerifier(user, 'us-east-1_c')).toBeUndefined();
    expect(rememberedDeviceVerifier(user, 'us-east-1_unknown')).toBeUndefined();
  });

  it('binds the tokens to a known device, and names a new one for any other sign-in', async () => {
    const { ctx, pool, user } = await poolWith({ ChallengeRequiredOnNewDevice: true });
    withDevice(user, 'us-east-1_known', 'not_remembered');
    const known = await issueSignInTokens(ctx, pool, TEST_CLIENT_ID, user, 'us-east-1_known');
    expect(known.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(known.AccessToken).device_key).toBe('us-east-1_known');

    const fresh = await issueSignInTokens(ctx, pool, TEST_CLIENT_ID, user, 'us-east-1_forgotten');
    const metadata = fresh.NewDeviceMetadata as { DeviceKey: string; DeviceGroupKey: string };
    expect(metadata.DeviceGroupKey).toBe(user.deviceGroupKey);
    expect(decodeJwt(fresh.AccessToken).device_key).toBe(metadata.DeviceKey);
  });

  it('issues plain tokens in a pool that does not track devices', async () => {
    const { ctx, pool, user } = await poolWith();
    const result = await issueSignInTokens(ctx, pool, TEST_CLIENT_ID, user, 'us-east-1_any');
    expect(result.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(result.AccessToken).device_key).toBeUndefined();
  });
});
