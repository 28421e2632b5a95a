import { describe, expect, it } from 'vitest';
import { afterRefresh, offeredMfaTypes, toAuthStep } from './auth-step';

describe('toAuthStep', () => {
  it('reads tokens and a new device to confirm', () => {
    expect(
      toAuthStep({
        AuthenticationResult: {
          IdToken: 'i',
          AccessToken: 'a',
          RefreshToken: 'r',
          NewDeviceMetadata: { DeviceKey: 'k', DeviceGroupKey: 'g' },
        },
      }),
    ).toEqual({
      kind: 'tokens',
      tokens: { idToken: 'i', accessToken: 'a', refreshToken: 'r' },
      newDevice: { deviceKey: 'k', deviceGroupKey: 'g' },
    });
  });

  it('reads a challenge with its session and parameters', () => {
    expect(
      toAuthStep({
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: 's',
        ChallengeParameters: { USER_ID_FOR_SRP: 'ann' },
      }),
    ).toEqual({
      kind: 'challenge',
      name: 'SOFTWARE_TOKEN_MFA',
      session: 's',
      parameters: { USER_ID_FOR_SRP: 'ann' },
    });
  });

  it('refuses an answer with neither', () => {
    expect(() => toAuthStep({})).toThrow(/neither tokens nor a challenge/);
  });
});

describe('offeredMfaTypes', () => {
  it('parses the JSON array Cognito sends, and tolerates nonsense', () => {
    expect(offeredMfaTypes('["SMS_MFA","SOFTWARE_TOKEN_MFA"]')).toEqual([
      'SMS_MFA',
      'SOFTWARE_TOKEN_MFA',
    ]);
    expect(offeredMfaTypes('nope')).toEqual([]);
    expect(offeredMfaTypes(undefined)).toEqual([]);
  });
});

describe('afterRefresh', () => {
  it('keeps the refresh token REFRESH_TOKEN_AUTH does not return', () => {
    expect(
      afterRefresh(
        { idToken: 'i1', accessToken: 'a1', refreshToken: 'r' },
        { idToken: 'i2', accessToken: 'a2' },
      ),
    ).toEqual({
      idToken: 'i2',
      accessToken: 'a2',
      refreshToken: 'r',
    });
  });
});
