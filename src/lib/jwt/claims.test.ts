import { describe, expect, it } from 'vitest';
import { explainClaim, explainHeader, isTimeClaim } from './claims';

const cognitoClaims = [
  'sub',
  'cognito:groups',
  'cognito:username',
  'cognito:roles',
  'cognito:preferred_role',
  'scope',
  'auth_time',
  'origin_jti',
  'jti',
  'event_id',
  'token_use',
  'client_id',
  'aud',
  'iss',
  'exp',
  'iat',
  'nbf',
  'version',
  'email',
  'email_verified',
  'phone_number',
  'phone_number_verified',
  'identities',
  'username',
  'device_key',
  'at_hash',
];

const unknown =
  'Not a claim Cognito sets itself: a pre token generation trigger may have added it.';

describe('claim explanations', () => {
  it('explains every claim Cognito sets in ID and access tokens', () => {
    for (const name of cognitoClaims) {
      expect(explainClaim(name, 'id'), name).not.toBe(unknown);
      expect(explainClaim(name, 'id').length, name).toBeGreaterThan(15);
    }
    expect(explainClaim('origin_jti')).toMatch(/revoking that refresh token revokes them all/);
    expect(explainClaim('auth_time')).toMatch(/A refresh keeps it/);
  });

  it('names custom and standard attributes, and says when a claim is not Cognito’s', () => {
    expect(explainClaim('custom:tier')).toMatch(/^The user's custom attribute tier/);
    expect(explainClaim('given_name')).toBe(
      "The user's given (first) name (a standard attribute of the pool).",
    );
    expect(explainClaim('favourite_colour')).toBe(unknown);
    expect(explainClaim('constructor')).toBe(unknown);
    expect(explainClaim('__proto__')).toBe(unknown);
  });

  it('explains aud by token type, the header, and which claims are times', () => {
    expect(explainClaim('aud', 'id')).toMatch(/app client/);
    expect(explainClaim('aud', 'access')).toMatch(/resource server/);
    expect(explainHeader('kid')).toMatch(/JWKS/);
    expect(explainHeader('alg')).toMatch(/RS256/);
    expect(['exp', 'iat', 'auth_time', 'nbf'].every(isTimeClaim)).toBe(true);
    expect(isTimeClaim('jti')).toBe(false);
  });
});
