import { describe, expect, it } from 'vitest';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { fullyPopulatedPool, lambdaArn } from '@/lib/user-pools/fully-populated-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import { toTriggersValues, triggersEdits, triggersSchema, type TriggersValues } from './triggers';

function changesOf(pool: UserPool, edit: Partial<TriggersValues>) {
  const values = { ...toTriggersValues(pool), ...edit };
  return diffUserPoolUpdate(
    toUpdateUserPoolInput(pool, {}),
    toUpdateUserPoolInput(pool, triggersEdits(pool, values)),
  );
}

/** LambdaConfig as it goes on the wire (the SDK leaves out members set to undefined). */
const saved = (pool: UserPool, edit: Partial<TriggersValues>) => {
  const input = toUpdateUserPoolInput(
    pool,
    triggersEdits(pool, { ...toTriggersValues(pool), ...edit }),
  );
  return (JSON.parse(JSON.stringify(input)) as typeof input).LambdaConfig;
};

const problemPaths = (edit: Partial<TriggersValues>, pool = fullyPopulatedPool) =>
  triggersSchema
    .safeParse({ ...toTriggersValues(pool), ...edit })
    .error?.issues.map((i) => i.path.join('.')) ?? [];

/** A pool whose pre-token trigger was set before trigger versions existed. */
const unversioned: UserPool = {
  Id: 'eu-west-1_OldTokens',
  Name: 'old-tokens',
  LambdaConfig: { PreSignUp: lambdaArn('pre-sign-up'), PreTokenGeneration: lambdaArn('pre-token') },
};

describe('Triggers settings', () => {
  it('shows every trigger ARN, the pre-token version and the KMS key', () => {
    const values = toTriggersValues(fullyPopulatedPool);
    expect(values.PreSignUp).toBe(lambdaArn('pre-sign-up'));
    expect(values.CustomEmailSender).toBe(lambdaArn('email-sender'));
    expect(values.InboundFederation).toBe(lambdaArn('federation'));
    expect(values.PreTokenGeneration).toBe(lambdaArn('pre-token'));
    expect(values.preTokenVersion).toBe('V2_0');
    expect(values.KMSKeyID).toBe(fullyPopulatedPool.LambdaConfig?.KMSKeyID);
  });

  it('removing one trigger leaves every other trigger in place', () => {
    expect(changesOf(fullyPopulatedPool, { PostConfirmation: '' })).toEqual([
      {
        path: 'LambdaConfig.PostConfirmation',
        before: lambdaArn('post-confirmation'),
        after: undefined,
      },
    ]);
  });

  it('a new sender function keeps its trigger version', () => {
    expect(changesOf(fullyPopulatedPool, { CustomSMSSender: lambdaArn('sms-2') })).toEqual([
      {
        path: 'LambdaConfig.CustomSMSSender.LambdaArn',
        before: lambdaArn('sms-sender'),
        after: lambdaArn('sms-2'),
      },
    ]);
  });

  it('a first custom sender is sent with trigger version 1', () => {
    const pool: UserPool = { Id: 'eu-west-1_NoTriggers', Name: 'none' };
    expect(
      saved(pool, {
        CustomEmailSender: lambdaArn('mailer'),
        KMSKeyID: 'arn:aws:kms:eu-west-1:123456789012:key/abcd',
      }),
    ).toEqual({
      CustomEmailSender: { LambdaVersion: 'V1_0', LambdaArn: lambdaArn('mailer') },
      KMSKeyID: 'arn:aws:kms:eu-west-1:123456789012:key/abcd',
    });
  });

  it('a pre-token version change names the same function in both members', () => {
    expect(changesOf(fullyPopulatedPool, { preTokenVersion: 'V3_0' })).toEqual([
      {
        path: 'LambdaConfig.PreTokenGenerationConfig.LambdaVersion',
        before: 'V2_0',
        after: 'V3_0',
      },
    ]);
    const config = saved(fullyPopulatedPool, { PreTokenGeneration: lambdaArn('tokens-2') });
    expect(config?.PreTokenGeneration).toBe(lambdaArn('tokens-2'));
    expect(config?.PreTokenGenerationConfig).toEqual({
      LambdaArn: lambdaArn('tokens-2'),
      LambdaVersion: 'V2_0',
    });
  });

  it('an unversioned pre-token trigger stays so, until another version is chosen', () => {
    expect(toTriggersValues(unversioned).preTokenVersion).toBe('V1_0');
    expect(changesOf(unversioned, {})).toEqual([]);
    expect(changesOf(unversioned, { preTokenVersion: 'V2_0' })).toEqual([
      {
        path: 'LambdaConfig.PreTokenGenerationConfig',
        before: undefined,
        after: { LambdaArn: lambdaArn('pre-token'), LambdaVersion: 'V2_0' },
      },
    ]);
  });

  it('removing the pre-token trigger removes both of its members', () => {
    const config = saved(fullyPopulatedPool, { PreTokenGeneration: '' });
    expect(config).not.toHaveProperty('PreTokenGeneration');
    expect(config).not.toHaveProperty('PreTokenGenerationConfig');
    expect(config?.PreSignUp).toBe(lambdaArn('pre-sign-up'));
  });

  it('removing every trigger sends no trigger', () => {
    const cleared = Object.fromEntries(
      Object.keys(toTriggersValues(unversioned)).map((key) => [key, '']),
    ) as Partial<TriggersValues>;
    expect(saved(unversioned, { ...cleared, preTokenVersion: 'V1_0' })).toEqual({});
  });

  it('refuses a value that is not a Lambda ARN, and a custom sender without a KMS key', () => {
    expect(problemPaths({ PreAuthentication: 'my-function' })).toEqual(['PreAuthentication']);
    expect(problemPaths({ KMSKeyID: '' })).toEqual(['KMSKeyID']);
    expect(problemPaths({ CustomSMSSender: '', CustomEmailSender: '', KMSKeyID: '' })).toEqual([]);
  });
});
