// eslint-disable-next-line no-restricted-imports -- type-only
import type { UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { fullyPopulatedPool, lambdaArn as arn } from './fully-populated-pool';
import { loadCognitoModel, shapeMembers } from './service-model';
import {
  diffUserPoolUpdate,
  readOnlyDescribeMembers,
  toUpdateUserPoolInput,
  updateMembersNotFromDescribe,
  updateMemberSources,
  type UserPoolEdits,
} from './update-user-pool';

const described = fullyPopulatedPool;

/** What UpdateUserPool must receive for a save without edits. */
function updatableProjection(pool: UserPoolType): Record<string, unknown> {
  const projection: Record<string, unknown> = { UserPoolId: pool.Id };
  for (const [member, source] of Object.entries(updateMemberSources)) {
    const value = pool[source as keyof UserPoolType];
    if (value !== undefined) projection[member] = value;
  }
  // Sent inside VerificationMessageTemplate instead (see toUpdateUserPoolInput).
  delete projection.SmsVerificationMessage;
  delete projection.EmailVerificationMessage;
  delete projection.EmailVerificationSubject;
  return projection;
}

describe('toUpdateUserPoolInput', () => {
  it('the fixture sets every member Describe returns', () => {
    const unset = [
      ...Object.values(updateMemberSources),
      ...Object.keys(readOnlyDescribeMembers),
    ].filter((member) => described[member as keyof UserPoolType] === undefined);
    expect(unset).toEqual([]);
  });

  it('a save without edits sends the whole configuration, nothing missing, nothing read-only', () => {
    const input = toUpdateUserPoolInput(described, {});
    expect(input).toEqual(updatableProjection(described));
    expect(input.PoolName).toBe('acme-customers');
    for (const member of Object.keys(readOnlyDescribeMembers))
      expect(input).not.toHaveProperty(member);
    expect(diffUserPoolUpdate(updatableProjection(described), input)).toEqual([]);
  });

  it('does not share objects with the described pool', () => {
    const input = toUpdateUserPoolInput(described, {});
    input.Policies!.PasswordPolicy!.MinimumLength = 99;
    expect(described.Policies!.PasswordPolicy!.MinimumLength).toBe(12);
  });

  const sectionEdits: [string, UserPoolEdits, string[]][] = [
    [
      'password policy',
      {
        Policies: {
          ...described.Policies,
          PasswordPolicy: { ...described.Policies!.PasswordPolicy, MinimumLength: 16 },
        },
      },
      ['Policies.PasswordPolicy.MinimumLength'],
    ],
    ['MFA message', { SmsAuthenticationMessage: 'Code: {####}' }, ['SmsAuthenticationMessage']],
    [
      'verification template',
      {
        VerificationMessageTemplate: {
          ...described.VerificationMessageTemplate,
          DefaultEmailOption: 'CONFIRM_WITH_LINK',
        },
      },
      ['VerificationMessageTemplate.DefaultEmailOption'],
    ],
    [
      'invitation template',
      {
        AdminCreateUserConfig: {
          ...described.AdminCreateUserConfig,
          InviteMessageTemplate: {
            ...described.AdminCreateUserConfig!.InviteMessageTemplate,
            EmailSubject: 'Hello',
          },
        },
      },
      ['AdminCreateUserConfig.InviteMessageTemplate.EmailSubject'],
    ],
    [
      'lambda config',
      { LambdaConfig: { ...described.LambdaConfig, PreSignUp: arn('other') } },
      ['LambdaConfig.PreSignUp'],
    ],
    ['deletion protection', { DeletionProtection: 'INACTIVE' }, ['DeletionProtection']],
    ['tags', { UserPoolTags: { ...described.UserPoolTags, owner: 'ops' } }, ['UserPoolTags.owner']],
    [
      'auto-verified attributes',
      { AutoVerifiedAttributes: ['email', 'phone_number'] },
      ['AutoVerifiedAttributes'],
    ],
    [
      'email configuration',
      {
        EmailConfiguration: {
          ...described.EmailConfiguration,
          EmailSendingAccount: 'COGNITO_DEFAULT',
        },
      },
      ['EmailConfiguration.EmailSendingAccount'],
    ],
    [
      'sms configuration',
      { SmsConfiguration: { ...described.SmsConfiguration!, SnsRegion: 'us-east-1' } },
      ['SmsConfiguration.SnsRegion'],
    ],
    [
      'account recovery',
      { AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'admin_only', Priority: 1 }] } },
      ['AccountRecoverySetting.RecoveryMechanisms'],
    ],
    [
      'device tracking',
      {
        DeviceConfiguration: {
          ...described.DeviceConfiguration,
          ChallengeRequiredOnNewDevice: false,
        },
      },
      ['DeviceConfiguration.ChallengeRequiredOnNewDevice'],
    ],
    [
      'advanced security',
      {
        UserPoolAddOns: {
          AdvancedSecurityMode: 'ENFORCED',
          AdvancedSecurityAdditionalFlows: { CustomAuthMode: 'AUDIT' },
        },
      },
      ['UserPoolAddOns.AdvancedSecurityMode'],
    ],
    [
      'self sign-up',
      {
        AdminCreateUserConfig: {
          ...described.AdminCreateUserConfig,
          AllowAdminCreateUserOnly: false,
        },
      },
      ['AdminCreateUserConfig.AllowAdminCreateUserOnly'],
    ],
    [
      'attribute update settings',
      { UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: [] } },
      ['UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate'],
    ],
    ['pool name', { PoolName: 'acme-renamed' }, ['PoolName']],
    ['MFA', { MfaConfiguration: 'ON' }, ['MfaConfiguration']],
    ['tier', { UserPoolTier: 'ESSENTIALS' }, ['UserPoolTier']],
  ];

  it.each(sectionEdits)('an edit of the %s changes only that path', (_section, edits, paths) => {
    const before = toUpdateUserPoolInput(described, {});
    const after = toUpdateUserPoolInput(described, edits);
    expect(diffUserPoolUpdate(before, after).map((c) => c.path)).toEqual(paths);
  });

  it('removes a setting edited to null', () => {
    const input = toUpdateUserPoolInput(described, { LambdaConfig: null });
    expect(input).not.toHaveProperty('LambdaConfig');
    expect(diffUserPoolUpdate(toUpdateUserPoolInput(described, {}), input)).toEqual([
      { path: 'LambdaConfig', before: described.LambdaConfig, after: undefined },
    ]);
  });

  it('sends no DeviceConfiguration when Describe had none (sending one turns device tracking on)', () => {
    const { DeviceConfiguration: _d, ...withoutDevices } = described;
    expect(toUpdateUserPoolInput(withoutDevices, {})).not.toHaveProperty('DeviceConfiguration');
  });

  it('keeps the deprecated verification messages when there is no template', () => {
    const { VerificationMessageTemplate: _t, ...old } = described;
    const input = toUpdateUserPoolInput(old, {});
    expect(input.SmsVerificationMessage).toBe('Your code is {####}');
    expect(input.EmailVerificationSubject).toBe('Your code');
  });

  it('moves UnusedAccountValidityDays to the password policy, which AWS wants instead', () => {
    const legacy: UserPoolType = {
      ...described,
      Policies: { PasswordPolicy: { MinimumLength: 8 } },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 9 },
    };
    const input = toUpdateUserPoolInput(legacy, {});
    expect(input.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: false });
    expect(input.Policies?.PasswordPolicy).toEqual({
      MinimumLength: 8,
      TemporaryPasswordValidityDays: 9,
    });
    const both: UserPoolType = {
      ...described,
      AdminCreateUserConfig: { ...described.AdminCreateUserConfig, UnusedAccountValidityDays: 7 },
    };
    expect(toUpdateUserPoolInput(both, {})).toEqual(toUpdateUserPoolInput(described, {}));
  });

  it('refuses a pool without an Id', () => {
    expect(() => toUpdateUserPoolInput({ Name: 'x' }, {})).toThrow(/no Id/);
  });
});

describe('diffUserPoolUpdate', () => {
  it('lists leaf paths with old and new values, and compares lists whole', () => {
    expect(
      diffUserPoolUpdate(
        { A: { B: 1, C: [1, 2] }, D: 'x', E: new Date(1) },
        { A: { B: 2, C: [1, 2] }, D: 'x', E: new Date(1), F: true },
      ),
    ).toEqual([
      { path: 'A.B', before: 1, after: 2 },
      { path: 'F', before: undefined, after: true },
    ]);
  });
});

// Importing the whole service model (a few MB of JSON) takes seconds on a busy machine.
describe('UpdateUserPoolRequest in the service model', { timeout: 30_000 }, () => {
  it('every member is mapped from Describe or listed with a reason', async () => {
    const model = await loadCognitoModel();
    const unmapped = shapeMembers(model, 'UpdateUserPoolRequest').filter(
      (member) => !(member in updateMemberSources) && !(member in updateMembersNotFromDescribe),
    );
    expect(unmapped).toEqual([]);
  });

  it('every mapped member is read from a member UserPoolType has', async () => {
    const model = await loadCognitoModel();
    const requestMembers = shapeMembers(model, 'UpdateUserPoolRequest');
    const poolMembers = shapeMembers(model, 'UserPoolType');
    const missing = Object.entries(updateMemberSources)
      .filter(([member]) => requestMembers.includes(member))
      .filter(([, source]) => !poolMembers.includes(source));
    expect(missing).toEqual([]);
  });

  it('every member Describe returns is sent back or listed as read-only with a reason', async () => {
    const model = await loadCognitoModel();
    const sources = new Set<string>(Object.values(updateMemberSources));
    const unaccounted = shapeMembers(model, 'UserPoolType').filter(
      (member) => !sources.has(member) && !(member in readOnlyDescribeMembers),
    );
    expect(unaccounted).toEqual([]);
  });
});
