import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, newTotpSecret, totpAt, totpCode, verifyTotp } from './totp.ts';

// RFC 6238 appendix B, SHA-1 rows: the secret is the ASCII string "12345678901234567890".
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP', () => {
  it.each(RFC_VECTORS)('matches RFC 6238 at T=%i', (seconds, code) => {
    expect(totpAt(RFC_SECRET, Math.floor(seconds / 30), 8)).toBe(code);
  });

  it('base32 round-trips, as authenticator apps read the secret', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{52}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    expect(base32Encode(RFC_SECRET)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  it('accepts the code of the step before and after, and nothing further', () => {
    const secret = base32Encode(RFC_SECRET);
    const now = 1_111_111_109_000;
    expect(totpCode(secret, now)).toBe('081804');
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, now + 30_000), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, now - 90_000), now)).toBe(false);
  });
});
