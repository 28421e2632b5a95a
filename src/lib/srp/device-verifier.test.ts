import { describe, expect, it } from 'vitest';
import {
  createServerEphemeral,
  createVerifier,
  verifyPasswordClaim,
} from '../../../emulator/src/auth/srp-server.ts';
import { createDeviceSecret, verifierConfigAsHex } from './device-verifier';
import { createSrpGroupClient } from './srp';

const groupKey = '-f6ZQxAbc';
const deviceKey = 'us-east-1_0a1b2c3d-1111-2222-3333-444455556666';
// The emulator's independent SRP server takes a pool id and uses the part after the first "_".
const asPoolId = `us-east-1_${groupKey}`;

describe('device SRP verifier', () => {
  it('equals the verifier an independent SRP server derives from the same secret', () => {
    const secret = createDeviceSecret(groupKey, deviceKey);
    const { verifierHex, saltHex } = verifierConfigAsHex(secret.verifierConfig);
    const server = createVerifier(asPoolId, deviceKey, secret.devicePassword, saltHex);
    expect(BigInt(`0x${verifierHex}`)).toBe(BigInt(`0x${server.verifier}`));
  });

  it('lets the device prove itself with the group client (DEVICE_PASSWORD_VERIFIER)', () => {
    const secret = createDeviceSecret(groupKey, deviceKey);
    const { verifierHex, saltHex } = verifierConfigAsHex(secret.verifierConfig);
    const { b, B } = createServerEphemeral(verifierHex);
    const client = createSrpGroupClient(groupKey);
    const secretBlock = btoa('secret-block');
    const claim = client.passwordClaim({
      userIdForSrp: deviceKey,
      password: secret.devicePassword,
      srpB: B,
      salt: saltHex,
      secretBlock,
    });
    const common = { userPoolId: asPoolId, userIdForSrp: deviceKey, verifierHex, A: client.srpA };
    const proof = { b, B, secretBlock, timestamp: claim.TIMESTAMP };
    expect(
      verifyPasswordClaim({ ...common, ...proof, signature: claim.PASSWORD_CLAIM_SIGNATURE }),
    ).toBe(true);
    const wrong = createSrpGroupClient(groupKey).passwordClaim({
      userIdForSrp: deviceKey,
      password: 'not-the-device-password',
      srpB: B,
      salt: saltHex,
      secretBlock,
    });
    expect(
      verifyPasswordClaim({ ...common, ...proof, signature: wrong.PASSWORD_CLAIM_SIGNATURE }),
    ).toBe(false);
  });

  it('sends base64 values and keeps the password random per device', () => {
    const one = createDeviceSecret(groupKey, deviceKey);
    const two = createDeviceSecret(groupKey, deviceKey);
    expect(one.devicePassword).not.toBe(two.devicePassword);
    expect(one.verifierConfig.PasswordVerifier).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(one.verifierConfig.Salt).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });
});
