import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Client side of Cognito's SRP sign-in (USER_SRP_AUTH -> PASSWORD_VERIFIER), compatible with
 * amazon-cognito-identity-js's AuthenticationHelper. Browser safe: BigInt, @noble/hashes and
 * crypto.getRandomValues only.
 */

// RFC 5054 3072-bit group, g = 2.
export const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
export const G = 2n;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Cognito's hex encoding of a non-negative number: even length, and "00" in front when the first
 * nibble is 8-f (so the value reads as positive in two's complement).
 */
export function padHex(value: bigint | string): string {
  let hex = typeof value === 'bigint' ? value.toString(16) : value.toLowerCase();
  if (hex.length % 2 === 1) hex = `0${hex}`;
  if (/^[89a-f]/.test(hex)) hex = `00${hex}`;
  return hex;
}

/** "Sat Nov 8 16:56:08 UTC 2026": UTC, day of month not padded, time padded. */
export function cognitoTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} ` +
    `UTC ${date.getUTCFullYear()}`
  );
}

export function hexToBigInt(hex: string): bigint {
  return BigInt(`0x${hex}`);
}

/** H over the bytes a hex string encodes, as a number. */
export function hashHex(hex: string): bigint {
  return hexToBigInt(bytesToHex(sha256(hexToBytes(hex))));
}

function mod(value: bigint, modulus: bigint): bigint {
  const r = value % modulus;
  return r < 0n ? r + modulus : r;
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = mod(base, modulus);
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

export function randomBigInt(bytes: number): bigint {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return hexToBigInt(bytesToHex(buffer));
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const K = hashHex(padHex(N) + padHex(G));

/** x = H(salt | H(groupName | userId | ":" | password)), the exponent behind a verifier. */
export function srpPrivateKey(
  groupName: string,
  userId: string,
  password: string,
  saltHex: string,
): bigint {
  const identityHash = bytesToHex(sha256(utf8ToBytes(`${groupName}${userId}:${password}`)));
  return hashHex(padHex(hexToBigInt(saltHex)) + identityHash);
}

export interface PasswordClaimInput {
  userIdForSrp: string;
  password: string;
  srpB: string;
  salt: string;
  secretBlock: string;
  now?: Date;
}

export interface PasswordClaimResponses {
  PASSWORD_CLAIM_SIGNATURE: string;
  PASSWORD_CLAIM_SECRET_BLOCK: string;
  TIMESTAMP: string;
}

export interface SrpClient {
  /** Send as AuthParameters.SRP_A with USER_SRP_AUTH. */
  srpA: string;
  /** ChallengeResponses for the PASSWORD_VERIFIER challenge (add USERNAME yourself). */
  passwordClaim(input: PasswordClaimInput): PasswordClaimResponses;
}

export function createSrpClient(userPoolId: string): SrpClient {
  return createSrpGroupClient(userPoolId.split('_')[1] ?? userPoolId);
}

/**
 * The same exchange for any SRP group name: the pool's name after the region for a user's password,
 * the device group key for a remembered device's secret (DEVICE_SRP_AUTH, where `userIdForSrp` is
 * the device key).
 */
export function createSrpGroupClient(poolName: string): SrpClient {
  let a = 0n;
  let A = 0n;
  while (A === 0n) {
    a = mod(randomBigInt(128), N);
    A = modPow(G, a, N);
  }

  return {
    srpA: A.toString(16),
    passwordClaim({ userIdForSrp, password, srpB, salt, secretBlock, now = new Date() }) {
      const B = hexToBigInt(srpB);
      if (mod(B, N) === 0n) throw new Error('Invalid SRP_B from the server.');
      const u = hashHex(padHex(A) + padHex(B));
      if (u === 0n) throw new Error('Invalid SRP_B from the server.');

      const x = srpPrivateKey(poolName, userIdForSrp, password, salt);
      const S = modPow(mod(B - K * modPow(G, x, N), N), a + u * x, N);
      const key = hkdf(
        sha256,
        hexToBytes(padHex(S)),
        hexToBytes(padHex(u)),
        utf8ToBytes('Caldera Derived Key'),
        16,
      );

      const timestamp = cognitoTimestamp(now);
      const message = concatBytes(
        utf8ToBytes(poolName),
        utf8ToBytes(userIdForSrp),
        base64ToBytes(secretBlock),
        utf8ToBytes(timestamp),
      );
      return {
        PASSWORD_CLAIM_SIGNATURE: bytesToBase64(hmac(sha256, key, message)),
        PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
        TIMESTAMP: timestamp,
      };
    },
  };
}
