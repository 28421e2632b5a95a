import * as z from 'zod';
import type { UserPool } from '@/api/pools/describe-user-pool';
import type { UserPoolEdits } from '@/lib/user-pools/update-user-pool';
import { arnProblem, optionalText, settleObject } from './form-values';

/** LambdaConfig members that take a function ARN, with what Cognito calls them for. */
export const simpleTriggers = [
  {
    key: 'PreSignUp',
    label: 'Pre sign-up',
    purpose: 'Accepts, rejects or auto-confirms a sign-up before the user is created.',
  },
  {
    key: 'PostConfirmation',
    label: 'Post confirmation',
    purpose: 'Runs after a user confirms the account, e.g. to welcome them.',
  },
  {
    key: 'PreAuthentication',
    label: 'Pre authentication',
    purpose: 'Can refuse a sign-in before the password is checked.',
  },
  {
    key: 'PostAuthentication',
    label: 'Post authentication',
    purpose: 'Runs after a successful sign-in, e.g. for auditing.',
  },
  {
    key: 'DefineAuthChallenge',
    label: 'Define auth challenge',
    purpose: 'Custom authentication: decides the next challenge.',
  },
  {
    key: 'CreateAuthChallenge',
    label: 'Create auth challenge',
    purpose: 'Custom authentication: creates the challenge.',
  },
  {
    key: 'VerifyAuthChallengeResponse',
    label: 'Verify auth challenge response',
    purpose: 'Custom authentication: checks the answer.',
  },
  {
    key: 'CustomMessage',
    label: 'Custom message',
    purpose: 'Rewrites verification, invitation and MFA messages before they are sent.',
  },
  {
    key: 'UserMigration',
    label: 'User migration',
    purpose: 'Imports a user from another directory at their first sign-in.',
  },
] as const;

/** Members whose value is { LambdaArn, LambdaVersion }. */
export const versionedTriggers = [
  {
    key: 'CustomSMSSender',
    label: 'Custom SMS sender',
    purpose: 'Sends SMS messages with your own provider instead of Amazon SNS; needs the KMS key.',
  },
  {
    key: 'CustomEmailSender',
    label: 'Custom email sender',
    purpose: 'Sends emails with your own provider instead of Cognito or SES; needs the KMS key.',
  },
  {
    key: 'InboundFederation',
    label: 'Inbound federation',
    purpose: 'Transforms the attributes a federated identity provider sends at sign-in.',
  },
] as const;

type SimpleKey = (typeof simpleTriggers)[number]['key'];
type VersionedKey = (typeof versionedTriggers)[number]['key'];

export const preTokenVersions = [
  { value: 'V1_0', label: 'Version 1: ID token claims' },
  { value: 'V2_0', label: 'Version 2: ID and access token claims and scopes' },
  { value: 'V3_0', label: 'Version 3: as 2, also for machine-to-machine tokens' },
] as const;

const arnShape = Object.fromEntries(
  [...simpleTriggers, ...versionedTriggers].map((t) => [t.key, z.string().trim()]),
) as { [K in SimpleKey | VersionedKey]: z.ZodString };

export const triggersSchema = z
  .object({
    ...arnShape,
    PreTokenGeneration: z.string().trim(),
    preTokenVersion: z.enum(['V1_0', 'V2_0', 'V3_0']),
    KMSKeyID: z.string().trim(),
  })
  .superRefine((values, ctx) => {
    const problem = (path: string, message: string | null) => {
      if (message) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    for (const t of [...simpleTriggers, ...versionedTriggers]) {
      problem(t.key, arnProblem(values[t.key], 'Lambda function'));
    }
    problem('PreTokenGeneration', arnProblem(values.PreTokenGeneration, 'Lambda function'));
    problem('KMSKeyID', arnProblem(values.KMSKeyID, 'KMS key'));
    if (
      (values.CustomSMSSender !== '' || values.CustomEmailSender !== '') &&
      values.KMSKeyID === ''
    ) {
      problem('KMSKeyID', 'A custom sender needs the KMS key Cognito encrypts codes with.');
    }
  });

export type TriggersValues = z.infer<typeof triggersSchema>;

export function toTriggersValues(pool: UserPool): TriggersValues {
  const config = pool.LambdaConfig ?? {};
  const values = {
    PreTokenGeneration:
      config.PreTokenGenerationConfig?.LambdaArn ?? config.PreTokenGeneration ?? '',
    preTokenVersion: config.PreTokenGenerationConfig?.LambdaVersion ?? 'V1_0',
    KMSKeyID: config.KMSKeyID ?? '',
  } as TriggersValues;
  for (const t of simpleTriggers) values[t.key] = config[t.key] ?? '';
  for (const t of versionedTriggers) values[t.key] = config[t.key]?.LambdaArn ?? '';
  return values;
}

function preTokenEdit(config: NonNullable<UserPool['LambdaConfig']>, values: TriggersValues) {
  const arn = optionalText(values.PreTokenGeneration);
  if (arn === undefined)
    return { PreTokenGeneration: undefined, PreTokenGenerationConfig: undefined };
  // A pool set up before trigger versions has only PreTokenGeneration: keep it so while version 1 stays.
  const versioned =
    config.PreTokenGenerationConfig !== undefined || values.preTokenVersion !== 'V1_0';
  return {
    PreTokenGeneration: arn,
    PreTokenGenerationConfig: versioned
      ? {
          ...config.PreTokenGenerationConfig,
          LambdaArn: arn,
          LambdaVersion: values.preTokenVersion,
        }
      : undefined,
  };
}

export function triggersEdits(pool: UserPool, values: TriggersValues): UserPoolEdits {
  const config = pool.LambdaConfig ?? {};
  const next: Record<string, unknown> = { ...config, KMSKeyID: optionalText(values.KMSKeyID) };
  for (const t of simpleTriggers) next[t.key] = optionalText(values[t.key]);
  for (const t of versionedTriggers) {
    const arn = optionalText(values[t.key]);
    next[t.key] = arn && { LambdaVersion: 'V1_0', ...config[t.key], LambdaArn: arn };
  }
  Object.assign(next, preTokenEdit(config, values));
  return {
    LambdaConfig: settleObject(pool.LambdaConfig, next) as UserPoolEdits['LambdaConfig'],
  };
}

export const triggersErrorFields = {
  ...Object.fromEntries([...simpleTriggers, ...versionedTriggers].map((t) => [t.key, t.key])),
  PreTokenGeneration: 'PreTokenGeneration',
  PreTokenGenerationConfig: 'PreTokenGeneration',
  KMSKeyID: 'KMSKeyID',
} as Record<string, keyof TriggersValues>;
