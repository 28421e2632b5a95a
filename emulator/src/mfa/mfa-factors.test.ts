import { describe, expect, it } from 'vitest';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { testUser } from '../tokens/test-pool.ts';
import { poolFactors, userMfaMethods } from './mfa-factors.ts';

const SNS = { SnsCallerArn: 'arn:aws:iam::123456789012:role/sms' };

function pool(mode: 'OFF' | 'ON' | 'OPTIONAL', factors: { sms?: boolean; totp?: boolean }) {
  return {
    pool: { Id: 'us-east-1_Mfa', Name: 'mfa', Arn: 'arn', MfaConfiguration: mode },
    mfaConfig: {
      SoftwareTokenMfaConfiguration: { Enabled: factors.totp === true },
      ...(factors.sms && { SmsMfaConfiguration: { SmsConfiguration: SNS } }),
    },
  } as unknown as UserPoolRecord;
}

function user(extra: Partial<UserRecord> & { phone?: string } = {}): UserRecord {
  const { phone, ...rest } = extra;
  const base = testUser('mia');
  if (phone) base.Attributes.push({ Name: 'phone_number', Value: phone });
  return { ...base, ...rest };
}

const token = { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' };

describe('the MFA factors a user signs in with', () => {
  it('a pool created with MFA and an SMS configuration, never configured further, offers SMS', () => {
    const created = {
      pool: { Id: 'p', Name: 'p', Arn: 'a', MfaConfiguration: 'ON', SmsConfiguration: SNS },
    } as unknown as UserPoolRecord;
    expect(poolFactors(created)).toEqual(['SMS_MFA']);
  });

  it('MFA OFF: none, whatever the user turned on', () => {
    const chosen = user({ phone: '+15550100', mfaMethods: ['SMS_MFA'], softwareToken: token });
    expect(userMfaMethods(pool('OFF', { sms: true, totp: true }), chosen)).toEqual([]);
  });

  it('MFA OPTIONAL: only the factors the user turned on and can receive', () => {
    const p = pool('OPTIONAL', { sms: true, totp: true });
    expect(userMfaMethods(p, user({ phone: '+15550100', softwareToken: token }))).toEqual([]);
    expect(userMfaMethods(p, user({ mfaMethods: ['SMS_MFA'] }))).toEqual([]);
    expect(userMfaMethods(p, user({ phone: '+15550100', mfaMethods: ['SMS_MFA'] }))).toEqual([
      'SMS_MFA',
    ]);
    expect(
      userMfaMethods(p, user({ mfaMethods: ['SOFTWARE_TOKEN_MFA'], softwareToken: token })),
    ).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  it('MFA OPTIONAL: the legacy MFAOptions SMS setting counts as SMS turned on', () => {
    const legacy = user({
      phone: '+15550100',
      mfaOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }],
    });
    expect(userMfaMethods(pool('OPTIONAL', { sms: true }), legacy)).toEqual(['SMS_MFA']);
  });

  it('MFA ON: a phone number or a verified authenticator is enough', () => {
    const p = pool('ON', { sms: true, totp: true });
    expect(userMfaMethods(p, user({ phone: '+15550100', softwareToken: token }))).toEqual([
      'SMS_MFA',
      'SOFTWARE_TOKEN_MFA',
    ]);
    expect(userMfaMethods(p, user({ softwareToken: { pendingSecret: token.secret } }))).toEqual([]);
  });

  it('a factor the pool does not offer is never asked for', () => {
    const chosen = user({ phone: '+15550100', mfaMethods: ['SMS_MFA'] });
    expect(userMfaMethods(pool('OPTIONAL', { totp: true }), chosen)).toEqual([]);
  });
});
