import { createHmac, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const STEP_SECONDS = 30;
const DIGITS = 6;
/** Codes one step either side of now are accepted: authenticator clocks drift. */
const SKEW_STEPS = 1;

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text.toUpperCase().replace(/=+$/, '')) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new TOTP secret as AssociateSoftwareToken hands it out: 32 random bytes in base32. */
export const newTotpSecret = () => base32Encode(randomBytes(32));

/** RFC 6238 (HMAC-SHA-1, RFC 4226 dynamic truncation) for the time step `counter`. */
export function totpAt(secret: Buffer, counter: number, digits = DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code an authenticator app shows for the base32 `secret` at `nowMs`. */
export function totpCode(secret: string, nowMs: number): string {
  return totpAt(base32Decode(secret), Math.floor(nowMs / 1000 / STEP_SECONDS));
}

export function verifyTotp(secret: string, code: string, nowMs: number): boolean {
  const key = base32Decode(secret);
  const step = Math.floor(nowMs / 1000 / STEP_SECONDS);
  for (let skew = -SKEW_STEPS; skew <= SKEW_STEPS; skew++) {
    if (totpAt(key, step + skew) === code) return true;
  }
  return false;
}
