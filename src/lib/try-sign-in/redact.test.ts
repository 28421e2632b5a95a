import { describe, expect, it } from 'vitest';
import { containsAny, redact } from './redact';

describe('redact', () => {
  it('replaces passwords, codes, SECRET_HASH and tokens in requests, at any depth', () => {
    const request = {
      ClientId: 'client1',
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'ann', PASSWORD: 'Hunter-22!', SECRET_HASH: 'abc=' },
      SecretHash: 'abc=',
      ConfirmationCode: '123456',
      AccessToken: 'eyJ.access',
      ChallengeResponses: { SOFTWARE_TOKEN_MFA_CODE: '654321', NEW_PASSWORD: 'New-Pass-1!' },
    };
    const shown = redact(request);
    expect(
      containsAny(shown, ['Hunter-22!', 'abc=', '123456', 'eyJ.access', '654321', 'New-Pass-1!']),
    ).toBe(false);
    expect(shown).toMatchObject({
      ClientId: 'client1',
      AuthParameters: { USERNAME: 'ann', PASSWORD: '<password>', SECRET_HASH: '<secret-hash>' },
      ConfirmationCode: '<code>',
      AccessToken: '<access-token>',
      ChallengeResponses: { SOFTWARE_TOKEN_MFA_CODE: '<mfa-code>', NEW_PASSWORD: '<new-password>' },
    });
  });

  it('replaces the tokens, session and TOTP secret in answers and drops $metadata', () => {
    const answer = {
      $metadata: { requestId: 'r1' },
      Session: 'sess',
      SecretCode: 'JBSWY3DPEHPK3PXP',
      AuthenticationResult: { IdToken: 'i', AccessToken: 'a', RefreshToken: 'r', ExpiresIn: 3600 },
    };
    expect(redact(answer)).toEqual({
      Session: '<session>',
      SecretCode: '<totp-secret>',
      AuthenticationResult: {
        IdToken: '<id-token>',
        AccessToken: '<access-token>',
        RefreshToken: '<refresh-token>',
        ExpiresIn: 3600,
      },
    });
  });

  it('keeps attribute lists and user-chosen keys as data', () => {
    const request = {
      UserAttributes: [{ Name: 'email', Value: 'a@example.com' }],
      Username: '__proto__',
    };
    expect(redact(request)).toEqual(request);
  });
});
