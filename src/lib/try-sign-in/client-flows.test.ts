import { describe, expect, it } from 'vitest';
import { allowedSignInMethods } from './client-flows';

describe('allowedSignInMethods', () => {
  it('reads the ALLOW_ flows and the legacy names', () => {
    expect(
      allowedSignInMethods([
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ]),
    ).toEqual(['srp', 'password']);
    expect(
      allowedSignInMethods(['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
    ).toEqual(['admin']);
    expect(allowedSignInMethods(['ADMIN_NO_SRP_AUTH', 'USER_PASSWORD_AUTH'])).toEqual([
      'password',
      'admin',
    ]);
  });

  it('takes AWS’s default (SRP) when the client lists no flows', () => {
    expect(allowedSignInMethods(undefined)).toEqual(['srp']);
    expect(allowedSignInMethods([])).toEqual(['srp']);
  });
});
