import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { bytesToBase64, G, modPow, N, padHex, randomBigInt, srpPrivateKey } from './srp';

/** What ConfirmDevice needs, and the secret the browser must keep to sign in with the device. */
export interface DeviceSecret {
  /** The random password that proves this device; never sent to Cognito. */
  devicePassword: string;
  /** DeviceSecretVerifierConfig for ConfirmDevice (both base64). */
  verifierConfig: { PasswordVerifier: string; Salt: string };
}

function randomBase64(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return bytesToBase64(buffer);
}

/**
 * A new device's SRP verifier, as amazon-cognito-identity-js makes it: a random 40-byte password
 * and a 16-byte salt, the verifier g^x with x over the device group key and the device key.
 */
export function createDeviceSecret(
  deviceGroupKey: string,
  deviceKey: string,
  devicePassword = randomBase64(40),
  saltHex = padHex(randomBigInt(16)),
): DeviceSecret {
  const x = srpPrivateKey(deviceGroupKey, deviceKey, devicePassword, saltHex);
  const verifier = modPow(G, x, N);
  return {
    devicePassword,
    verifierConfig: {
      PasswordVerifier: bytesToBase64(hexToBytes(padHex(verifier))),
      Salt: bytesToBase64(hexToBytes(saltHex)),
    },
  };
}

/** The verifier and salt as hex, the way a server stores them. */
export function verifierConfigAsHex(config: DeviceSecret['verifierConfig']) {
  const hex = (base64: string) => bytesToHex(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  return { verifierHex: hex(config.PasswordVerifier), saltHex: hex(config.Salt) };
}
