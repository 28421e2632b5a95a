import { describe, expect, it } from 'vitest';
import type { UserPool } from '@/api/pools/describe-user-pool';
import type { UserPoolMfaConfig } from '@/api/pools/get-user-pool-mfa-config';
import { fullyPopulatedPool } from '@/lib/user-pools/fully-populated-pool';
import { mfaSchema, toMfaValues, toSetMfaConfigInput, type MfaValues } from './mfa';

const smsConfiguration = fullyPopulatedPool.SmsConfiguration!;

/** GetUserPoolMfaConfig with every factor set. */
const fullConfig: UserPoolMfaConfig = {
  MfaConfiguration: 'OPTIONAL',
  SmsMfaConfiguration: {
    SmsAuthenticationMessage: 'Sign-in code {####}',
    SmsConfiguration: smsConfiguration,
  },
  SoftwareTokenMfaConfiguration: { Enabled: true },
  EmailMfaConfiguration: { Message: 'Code {####}', Subject: 'Your code' },
  WebAuthnConfiguration: { RelyingPartyId: 'login.acme.example', UserVerification: 'preferred' },
};

const offConfig: UserPoolMfaConfig = { MfaConfiguration: 'OFF' };
const poolWithoutSms: UserPool = { Id: 'eu-west-1_NoSms', Name: 'no-sms' };

const edited = (config: UserPoolMfaConfig, edit: Partial<MfaValues>, pool = fullyPopulatedPool) =>
  toSetMfaConfigInput(pool, config, { ...toMfaValues(pool, config), ...edit });

const problems = (pool: UserPool, config: UserPoolMfaConfig, edit: Partial<MfaValues>) =>
  mfaSchema(pool, config)
    .safeParse({ ...toMfaValues(pool, config), ...edit })
    .error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('MFA settings', () => {
  it('shows off, optional and required as AWS reports them', () => {
    expect(toMfaValues(fullyPopulatedPool, fullConfig)).toEqual({
      mode: 'OPTIONAL',
      sms: true,
      totp: true,
      smsMessage: 'Sign-in code {####}',
    });
    expect(toMfaValues(poolWithoutSms, offConfig)).toEqual({
      mode: 'OFF',
      sms: false,
      totp: false,
      smsMessage: '',
    });
    expect(toMfaValues(fullyPopulatedPool, { ...fullConfig, MfaConfiguration: 'ON' }).mode).toBe(
      'ON',
    );
  });

  it('a save without edits sends back exactly what GetUserPoolMfaConfig returned', () => {
    expect(edited(fullConfig, {})).toEqual({ UserPoolId: fullyPopulatedPool.Id, ...fullConfig });
  });

  it('required MFA with an authenticator app only turns SMS off and keeps email and passkeys', () => {
    expect(edited(fullConfig, { mode: 'ON', sms: false })).toEqual({
      UserPoolId: fullyPopulatedPool.Id,
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
      EmailMfaConfiguration: fullConfig.EmailMfaConfiguration,
      WebAuthnConfiguration: fullConfig.WebAuthnConfiguration,
    });
  });

  it("turning SMS on uses the pool's SNS role and the message typed", () => {
    expect(edited(offConfig, { mode: 'OPTIONAL', sms: true, smsMessage: 'Code: {####}' })).toEqual({
      UserPoolId: fullyPopulatedPool.Id,
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: false },
      SmsMfaConfiguration: {
        SmsAuthenticationMessage: 'Code: {####}',
        SmsConfiguration: smsConfiguration,
      },
    });
  });

  it("an emptied SMS message is left out, so AWS's default applies", () => {
    const input = edited(fullConfig, { smsMessage: '' });
    expect(input.SmsMfaConfiguration?.SmsAuthenticationMessage).toBeUndefined();
    expect(input.SmsMfaConfiguration?.SmsConfiguration).toEqual(smsConfiguration);
  });

  it('turning MFA off keeps the factors as they are', () => {
    expect(edited(fullConfig, { mode: 'OFF' })).toEqual({
      UserPoolId: fullyPopulatedPool.Id,
      ...fullConfig,
      MfaConfiguration: 'OFF',
    });
  });

  it('refuses optional or required MFA without a factor, at the MFA choice', () => {
    expect(problems(poolWithoutSms, offConfig, { mode: 'ON' })).toEqual([
      ['mode', 'Turn on SMS or an authenticator app: MFA needs at least one factor.'],
    ]);
    expect(
      problems(poolWithoutSms, { ...offConfig, EmailMfaConfiguration: {} }, { mode: 'ON' }),
    ).toEqual([]);
  });

  it('refuses SMS in a pool without an SNS role', () => {
    expect(problems(poolWithoutSms, offConfig, { sms: true })).toEqual([
      ['sms', 'SMS needs an SNS role: set it under Messages → SMS first.'],
    ]);
  });

  it('refuses an SMS message without the {####} placeholder at the message', () => {
    const found = problems(fullyPopulatedPool, fullConfig, { smsMessage: 'Your sign-in code' });
    expect(found.map(([path]) => path)).toEqual(['smsMessage']);
    expect(found[0]![1]).toContain('{####}');
  });
});
