import { describe, expect, it } from 'vitest';
import { decodeJwt, numberClaim, stringClaim, tokenUseOf } from './decode';

const b64url = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

const header = { kid: 'key-1', alg: 'RS256' };
const claims = {
  sub: 'f3b1c2d4-0000-4000-8000-000000000001',
  'cognito:groups': ['premium'],
  'custom:tier': 'gold',
  token_use: 'id',
  exp: 1_800_000_000,
};
const token = `${b64url(header)}.${b64url(JSON.stringify(claims))}.${b64url('signature-bytes')}`;

function problemOf(input: string) {
  const result = decodeJwt(input);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('decodeJwt', () => {
  it('splits a token into header, claims and signature, with claim names kept as data', () => {
    const result = decodeJwt(token);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.fromEntries(result.jwt.header)).toEqual(header);
    expect(result.jwt.claims.get('cognito:groups')).toEqual(['premium']);
    expect(result.jwt.claims.get('custom:tier')).toBe('gold');
    expect(result.jwt.signature).toBe(b64url('signature-bytes'));
    expect(stringClaim(result.jwt.claims, 'sub')).toBe(claims.sub);
    expect(numberClaim(result.jwt.claims, 'exp')).toBe(1_800_000_000);
    expect(tokenUseOf(result.jwt.claims)).toBe('id');
  });

  it('keeps a claim named __proto__ as an ordinary claim', () => {
    const json = `{"sub":"a","__proto__":{"polluted":true}}`;
    const result = decodeJwt(`${b64url(header)}.${b64url(json)}.${b64url('s')}`);
    expect(result.ok && result.jwt.claims.get('__proto__')).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts surrounding spaces and a Bearer prefix, as tokens are often copied', () => {
    const result = decodeJwt(`  Bearer ${token}\n`);
    expect(result.ok && result.jwt.compact).toBe(token);
  });

  it('says what is wrong with a malformed string', () => {
    expect(problemOf('')).toBe('Paste a token.');
    expect(problemOf('not a token')).toMatch(/no spaces/);
    expect(problemOf('abc')).toBe(
      'A JWT has three parts separated by dots (header.payload.signature); this has 1.',
    );
    expect(problemOf('a.b.c.d.e')).toMatch(/encrypted token \(JWE/);
    expect(problemOf(`${b64url(header)}.pay+load.sig`)).toBe(
      'The payload (claims) contains characters that base64url does not use.',
    );
    expect(problemOf(`${b64url('not json')}.${b64url(claims)}.sig`)).toBe(
      'The header does not decode to JSON.',
    );
    expect(problemOf(`${b64url(header)}.${b64url('[1,2]')}.sig`)).toBe(
      'The payload (claims) decodes to JSON but not to an object.',
    );
    expect(problemOf(`${b64url(header)}.${b64url(claims)}.`)).toBe(
      'The token is not signed (its signature part is empty).',
    );
    expect(problemOf(`${b64url(header)}.${b64url(claims)}.a`)).toBe(
      'The signature is not valid base64url.',
    );
    expect(
      problemOf(`${b64url(header)}.${Buffer.from([0xff, 0xfe]).toString('base64url')}.s`),
    ).toBe('The payload (claims) does not decode to text.');
  });

  it('reads token_use only when it is one of Cognito’s', () => {
    expect(tokenUseOf(new Map([['token_use', 'access']]))).toBe('access');
    expect(tokenUseOf(new Map([['token_use', 'refresh']]))).toBeUndefined();
    expect(numberClaim(new Map([['exp', '1800000000']]), 'exp')).toBeUndefined();
  });
});
