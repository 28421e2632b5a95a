import {
  createDiffieHellman,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * The server half of Cognito's SRP-6a variant (what amazon-cognito-identity-js's AuthenticationHelper
 * talks to). Written on node:crypto, independently of the browser client in src/lib/srp, so that
 * each checks the other in the tests.
 */

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const SRP_N = BigInt(`0x${N_HEX}`);
export const SRP_G = 2n;

/** Cognito's padding: even length, and a leading 00 when the top bit is set (a positive two's complement). */
export function srpPad(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  if (/^[89a-f]/i.test(hex)) hex = `00${hex}`;
  return hex;
}

function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 of the bytes the hex string encodes, as a number. */
function hashHexToInt(hex: string): bigint {
  return BigInt(`0x${sha256Hex(Buffer.from(hex, 'hex'))}`);
}

function bigIntModPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const toBuffer = (value: bigint) => Buffer.from(srpPad(value), 'hex');
const N_BYTES = Buffer.from(N_HEX, 'hex');

/**
 * base^exponent mod N. OpenSSL's Diffie-Hellman does the 3072-bit power several times faster than
 * BigInt: with `exponent` as the private key, the "shared secret" with `base` as the other side's
 * public key is exactly this power. OpenSSL refuses degenerate bases (0, 1, N-1), which BigInt then
 * computes.
 */
function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  const reduced = ((base % modulus) + modulus) % modulus;
  if (modulus !== SRP_N || exponent <= 0n || reduced <= 1n || reduced === modulus - 1n) {
    return bigIntModPow(reduced, exponent, modulus);
  }
  try {
    const dh = createDiffieHellman(N_BYTES, Buffer.from([2]));
    dh.setPrivateKey(toBuffer(exponent));
    const secret = dh.computeSecret(toBuffer(reduced));
    return BigInt(`0x${secret.toString('hex') || '0'}`);
  } catch {
    return bigIntModPow(reduced, exponent, modulus);
  }
}

const SRP_K = hashHexToInt(srpPad(SRP_N) + srpPad(SRP_G));

/** The part of the pool id after the region: "us-east-1_AbC" -> "AbC". */
export function poolNameOf(userPoolId: string): string {
  return userPoolId.slice(userPoolId.indexOf('_') + 1);
}

function privateKeyX(
  userPoolId: string,
  userId: string,
  password: string,
  saltHex: string,
): bigint {
  const inner = sha256Hex(Buffer.from(`${poolNameOf(userPoolId)}${userId}:${password}`, 'utf8'));
  return hashHexToInt(srpPad(BigInt(`0x${saltHex}`)) + inner);
}

/** Salt and verifier to store for a password; the password itself is never kept. */
export function createVerifier(
  userPoolId: string,
  userId: string,
  password: string,
  saltHex = randomBytes(16).toString('hex'),
): { salt: string; verifier: string } {
  const x = privateKeyX(userPoolId, userId, password, saltHex);
  return { salt: saltHex, verifier: modPow(SRP_G, x, SRP_N).toString(16) };
}

/** Server ephemeral: b secret, B = k*v + g^b (mod N), sent as SRP_B. */
export function createServerEphemeral(verifierHex: string): { b: string; B: string } {
  const v = BigInt(`0x${verifierHex}`);
  for (;;) {
    const b = BigInt(`0x${randomBytes(128).toString('hex')}`) % SRP_N;
    const B = (SRP_K * v + modPow(SRP_G, b, SRP_N)) % SRP_N;
    if (B !== 0n && b !== 0n) return { b: b.toString(16), B: B.toString(16) };
  }
}

/** "Sat Nov 8 16:56:08 UTC 2026": the day is not zero-padded, the clock is. */
export function formatSrpTimestamp(date: Date): string {
  const text = date.toUTCString(); // "Sat, 08 Nov 2026 16:56:08 GMT"
  const [weekday, day, month, year, time] = text.replace(',', '').split(' ');
  return `${weekday} ${month} ${Number(day)} ${time} UTC ${year}`;
}

export interface PasswordClaim {
  userPoolId: string;
  userIdForSrp: string;
  verifierHex: string;
  A: string;
  b: string;
  B: string;
  secretBlock: string;
  timestamp: string;
  signature: string;
}

/** True when PASSWORD_CLAIM_SIGNATURE proves the client knows the password behind the verifier. */
export function verifyPasswordClaim(claim: PasswordClaim): boolean {
  const A = BigInt(`0x${claim.A}`);
  if (A % SRP_N === 0n) return false;
  const B = BigInt(`0x${claim.B}`);
  const b = BigInt(`0x${claim.b}`);
  const v = BigInt(`0x${claim.verifierHex}`);
  const u = hashHexToInt(srpPad(A) + srpPad(B));
  if (u === 0n) return false;
  const S = modPow(A * modPow(v, u, SRP_N), b, SRP_N);

  // HKDF-SHA256 (salt = u, ikm = S, info "Caldera Derived Key"), first 16 bytes.
  const prk = createHmac('sha256', Buffer.from(srpPad(u), 'hex'))
    .update(Buffer.from(srpPad(S), 'hex'))
    .digest();
  const key = createHmac('sha256', prk)
    .update(Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])]))
    .digest()
    .subarray(0, 16);

  const expected = createHmac('sha256', key)
    .update(Buffer.from(poolNameOf(claim.userPoolId), 'utf8'))
    .update(Buffer.from(claim.userIdForSrp, 'utf8'))
    .update(Buffer.from(claim.secretBlock, 'base64'))
    .update(Buffer.from(claim.timestamp, 'utf8'))
    .digest();
  const given = Buffer.from(claim.signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
