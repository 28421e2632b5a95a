import { describe, expect, it } from 'vitest';
import { decodeJwt } from '@/lib/jwt/decode';
import { parseCognitoIssuer } from '@/lib/jwt/issuer';
import { tokenProblems } from './token-problems';

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const iss = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AcmeCust1';
const issuer = parseCognitoIssuer(iss);
const exp = 1_800_000_000;
const token = (claims: object) =>
  `${b64url({ alg: 'RS256', kid: 'k1' })}.${b64url({ iss, exp, ...claims })}.c2ln`;
const current = { expired: false, notYetValid: false };

describe('what the decoder says at the field', () => {
  it('says nothing for an empty field or a valid, unexpired token', () => {
    expect(tokenProblems(undefined, { kind: 'checking' }, undefined, current)).toEqual([]);
    expect(
      tokenProblems(decodeJwt(token({})), { kind: 'valid', kid: 'k1' }, issuer, current),
    ).toEqual([]);
    // Still checking is not a problem yet.
    expect(tokenProblems(decodeJwt(token({})), { kind: 'checking' }, issuer, current)).toEqual([]);
  });

  it('names a malformed string, a bad signature and a missing pool', () => {
    expect(tokenProblems(decodeJwt('abc.def'), { kind: 'checking' }, undefined, current)).toEqual([
      'Not a JWT: A JWT has three parts separated by dots (header.payload.signature); this has 2.',
    ]);
    const [bad] = tokenProblems(
      decodeJwt(token({})),
      { kind: 'bad-signature', kid: 'k1' },
      issuer,
      current,
    );
    expect(bad).toMatch(
      /^Bad signature: The signature does not match us-east-1_AcmeCust1's key k1/,
    );
    const [missing] = tokenProblems(
      decodeJwt(token({})),
      { kind: 'pool-not-found', poolId: 'us-east-1_AcmeCust1' },
      issuer,
      current,
    );
    expect(missing).toMatch(/^Pool does not exist: User pool us-east-1_AcmeCust1 does not exist/);
    expect(
      tokenProblems(
        decodeJwt(token({})),
        { kind: 'not-cognito', problem: 'The issuer x is not a Cognito user pool.' },
        undefined,
        current,
      ),
    ).toEqual(['The issuer x is not a Cognito user pool.']);
  });

  it('says a genuine token has expired, or is not valid yet', () => {
    const valid = { kind: 'valid', kid: 'k1' } as const;
    const [expired] = tokenProblems(decodeJwt(token({})), valid, issuer, {
      expired: true,
      notYetValid: false,
    });
    expect(expired).toMatch(/^Expired: this token expired at .+; Cognito refuses it\.$/);
    expect(
      tokenProblems(decodeJwt(token({ nbf: exp - 10 })), valid, issuer, {
        expired: false,
        notYetValid: true,
      }),
    ).toEqual(['Not valid yet: its nbf is in the future.']);
  });
});
