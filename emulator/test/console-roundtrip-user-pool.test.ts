/**
 * UpdateUserPool resets every setting a request leaves out, so the console sends the whole
 * configuration: a fully populated pool sent back through toUpdateUserPoolInput with no edits
 * must come back from DescribeUserPool unchanged.
 */
import {
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  UpdateUserPoolCommand,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { toUpdateUserPoolInput } from '../../src/lib/user-pools/update-user-pool.ts';
import { targets, uniqueName } from './support/targets.ts';

const lambda = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;

const fullyPopulated = () =>
  new CreateUserPoolCommand({
    PoolName: uniqueName('settings-roundtrip'),
    DeletionProtection: 'INACTIVE',
    Policies: {
      PasswordPolicy: {
        MinimumLength: 12,
        RequireUppercase: true,
        RequireLowercase: true,
        RequireNumbers: false,
        RequireSymbols: true,
        PasswordHistorySize: 3,
        TemporaryPasswordValidityDays: 4,
      },
    },
    LambdaConfig: {
      PreSignUp: lambda('pre-sign-up'),
      CustomMessage: lambda('custom-message'),
      PostConfirmation: lambda('post-confirmation'),
      PreAuthentication: lambda('pre-auth'),
      PostAuthentication: lambda('post-auth'),
      DefineAuthChallenge: lambda('define'),
      CreateAuthChallenge: lambda('create'),
      VerifyAuthChallengeResponse: lambda('verify'),
      PreTokenGeneration: lambda('pre-token'),
      PreTokenGenerationConfig: { LambdaVersion: 'V2_0', LambdaArn: lambda('pre-token') },
      UserMigration: lambda('migrate'),
    },
    AutoVerifiedAttributes: ['email'],
    VerificationMessageTemplate: {
      SmsMessage: 'Acme code {####}',
      EmailMessage: 'Your Acme code is {####}',
      EmailSubject: 'Your Acme code',
      EmailMessageByLink: 'Verify: {##Click here##}',
      EmailSubjectByLink: 'Verify your email',
      DefaultEmailOption: 'CONFIRM_WITH_CODE',
    },
    SmsAuthenticationMessage: 'Sign-in code {####}',
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    DeviceConfiguration: {
      ChallengeRequiredOnNewDevice: true,
      DeviceOnlyRememberedOnUserPrompt: true,
    },
    EmailConfiguration: {
      EmailSendingAccount: 'COGNITO_DEFAULT',
      ReplyToEmailAddress: 'help@acme.example',
    },
    SmsConfiguration: {
      SnsCallerArn: 'arn:aws:iam::123456789012:role/cognito-sms',
      ExternalId: 'acme-external',
      SnsRegion: 'us-east-1',
    },
    UserPoolTags: { team: 'identity', cost: 'shared' },
    AdminCreateUserConfig: {
      AllowAdminCreateUserOnly: true,
      InviteMessageTemplate: {
        SMSMessage: 'Hi {username}, password {####}',
        EmailMessage: 'Hi {username}, your password is {####}',
        EmailSubject: 'Welcome to Acme',
      },
    },
    AccountRecoverySetting: {
      RecoveryMechanisms: [
        { Name: 'verified_email', Priority: 1 },
        { Name: 'verified_phone_number', Priority: 2 },
      ],
    },
  });

const withoutModified = ({ LastModifiedDate: _modified, ...rest }: UserPoolType) => rest;

describe.each(targets())('UpdateUserPool with the console mapper ($name)', (target) => {
  const admin = target.admin();

  it('sends a fully populated pool back unchanged when nothing was edited', async () => {
    const { UserPool } = await admin.send(fullyPopulated());
    const UserPoolId = UserPool!.Id!;
    try {
      const { UserPool: before } = await admin.send(new DescribeUserPoolCommand({ UserPoolId }));
      await admin.send(new UpdateUserPoolCommand(toUpdateUserPoolInput(before!, {})));
      const { UserPool: after } = await admin.send(new DescribeUserPoolCommand({ UserPoolId }));
      expect(withoutModified(after!)).toEqual(withoutModified(before!));
    } finally {
      await admin.send(new DeleteUserPoolCommand({ UserPoolId }));
    }
  });

  it('changes only the edited field', async () => {
    const { UserPool } = await admin.send(fullyPopulated());
    const UserPoolId = UserPool!.Id!;
    try {
      const { UserPool: before } = await admin.send(new DescribeUserPoolCommand({ UserPoolId }));
      await admin.send(
        new UpdateUserPoolCommand(
          toUpdateUserPoolInput(before!, {
            Policies: {
              ...before!.Policies,
              PasswordPolicy: { ...before!.Policies!.PasswordPolicy, MinimumLength: 16 },
            },
          }),
        ),
      );
      const { UserPool: after } = await admin.send(new DescribeUserPoolCommand({ UserPoolId }));
      expect(withoutModified(after!)).toEqual({
        ...withoutModified(before!),
        Policies: {
          ...before!.Policies,
          PasswordPolicy: { ...before!.Policies!.PasswordPolicy, MinimumLength: 16 },
        },
      });
    } finally {
      await admin.send(new DeleteUserPoolCommand({ UserPoolId }));
    }
  });
});
