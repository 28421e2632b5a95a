import { describe, expect, it } from 'vitest';
import { claimsOf, idTokenExpiry, isExpiring, type Tokens } from './tokens';

const b64url = (value: object) =>
  btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const jwt = (claims: object) => `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.sig`;

describe('ID token helpers', () => {
  const idToken = jwt({
    sub: 'u-1',
    email: 'admin@example.com',
    'cognito:username': 'u-1',
    'cognito:groups': ['admins', 7],
    exp: 2_000_000_000,
  });

  it('reads the claims the console uses', () => {
    expect(claimsOf(idToken)).toEqual({
      sub: 'u-1',
      email: 'admin@example.com',
      username: 'u-1',
      groups: ['admins'],
    });
    expect(claimsOf(jwt({ sub: 'x' })).groups).toEqual([]);
  });

  it('refreshes five minutes before the ID token expires', () => {
    const tokens: Tokens = {
      idToken,
      accessToken: 'a',
      refreshToken: 'r',
      idTokenExpiresAt: idTokenExpiry(idToken),
    };
    expect(tokens.idTokenExpiresAt).toBe(2_000_000_000_000);
    expect(isExpiring(tokens, 2_000_000_000_000 - 6 * 60_000)).toBe(false);
    expect(isExpiring(tokens, 2_000_000_000_000 - 4 * 60_000)).toBe(true);
    expect(isExpiring(tokens, 2_000_000_000_000 + 1)).toBe(true);
  });
});
