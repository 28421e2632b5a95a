import { describe, expect, it } from 'vitest';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { fullyPopulatedPool } from '@/lib/user-pools/fully-populated-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import { messagesEdits, messagesSchema, toMessagesValues, type MessagesValues } from './messages';

function changesOf(pool: UserPool, edit: Partial<MessagesValues>) {
  const values = { ...toMessagesValues(pool), ...edit };
  return diffUserPoolUpdate(
    toUpdateUserPoolInput(pool, {}),
    toUpdateUserPoolInput(pool, messagesEdits(pool, values)),
  );
}

const problemPaths = (edit: Partial<MessagesValues>, pool = fullyPopulatedPool) =>
  messagesSchema
    .safeParse({ ...toMessagesValues(pool), ...edit })
    .error?.issues.map((i) => i.path.join('.')) ?? [];

describe('Messages settings', () => {
  it('shows the email, SMS and template settings of the pool', () => {
    expect(toMessagesValues(fullyPopulatedPool)).toEqual({
      emailAccount: 'DEVELOPER',
      sourceArn: 'arn:aws:ses:eu-west-1:123456789012:identity/no-reply@acme.example',
      from: 'Acme <no-reply@acme.example>',
      replyTo: 'help@acme.example',
      configurationSet: 'acme-set',
      snsCallerArn: 'arn:aws:iam::123456789012:role/acme-sns',
      externalId: 'acme-external',
      snsRegion: 'eu-west-1',
      defaultEmailOption: 'CONFIRM_WITH_CODE',
      verificationSms: 'Your code is {####}',
      verificationEmailSubject: 'Your code',
      verificationEmail: 'Your code is {####}',
      verificationLinkSubject: 'Verify your email',
      verificationLink: 'Verify: {##Click here##}',
      invitationSms: 'Hi {username}, password {####}',
      invitationEmailSubject: 'Welcome',
      invitationEmail: 'Hi {username}, your password is {####}',
    });
  });

  it('a new verification email changes that template only', () => {
    expect(changesOf(fullyPopulatedPool, { verificationEmail: 'Welcome! Code: {####}' })).toEqual([
      {
        path: 'VerificationMessageTemplate.EmailMessage',
        before: 'Your code is {####}',
        after: 'Welcome! Code: {####}',
      },
    ]);
  });

  it('a new invitation subject keeps self-registration and the other invitation texts', () => {
    const input = toUpdateUserPoolInput(
      fullyPopulatedPool,
      messagesEdits(fullyPopulatedPool, {
        ...toMessagesValues(fullyPopulatedPool),
        invitationEmailSubject: 'Your new account',
      }),
    );
    expect(input.AdminCreateUserConfig).toEqual({
      AllowAdminCreateUserOnly: true,
      InviteMessageTemplate: {
        SMSMessage: 'Hi {username}, password {####}',
        EmailMessage: 'Hi {username}, your password is {####}',
        EmailSubject: 'Your new account',
      },
    });
  });

  it("an emptied optional field is removed (AWS's default applies), the others stay", () => {
    expect(changesOf(fullyPopulatedPool, { replyTo: '', invitationSms: '' })).toEqual([
      {
        path: 'AdminCreateUserConfig.InviteMessageTemplate.SMSMessage',
        before: 'Hi {username}, password {####}',
        after: undefined,
      },
      {
        path: 'EmailConfiguration.ReplyToEmailAddress',
        before: 'help@acme.example',
        after: undefined,
      },
    ]);
  });

  it('an emptied SNS role removes the SMS configuration', () => {
    const input = toUpdateUserPoolInput(
      fullyPopulatedPool,
      messagesEdits(fullyPopulatedPool, {
        ...toMessagesValues(fullyPopulatedPool),
        snsCallerArn: '',
        externalId: '',
        snsRegion: '',
      }),
    );
    expect(input).not.toHaveProperty('SmsConfiguration');
  });

  it('back to Cognito email keeps the rest of the email settings', () => {
    expect(changesOf(fullyPopulatedPool, { emailAccount: 'COGNITO_DEFAULT' })).toEqual([
      {
        path: 'EmailConfiguration.EmailSendingAccount',
        before: 'DEVELOPER',
        after: 'COGNITO_DEFAULT',
      },
    ]);
  });

  it('switching to verification by link changes the default option only', () => {
    expect(changesOf(fullyPopulatedPool, { defaultEmailOption: 'CONFIRM_WITH_LINK' })).toEqual([
      {
        path: 'VerificationMessageTemplate.DefaultEmailOption',
        before: 'CONFIRM_WITH_CODE',
        after: 'CONFIRM_WITH_LINK',
      },
    ]);
  });

  it('a first invitation in a pool without one creates the template', () => {
    const pool: UserPool = { Id: 'eu-west-1_NoInvite', Name: 'no-invite' };
    expect(
      changesOf(pool, { invitationEmail: 'Hello {username}, use {####}' }).map((c) => [
        c.path,
        c.after,
      ]),
    ).toEqual([
      [
        'AdminCreateUserConfig',
        { InviteMessageTemplate: { EmailMessage: 'Hello {username}, use {####}' } },
      ],
    ]);
  });

  it('a pool with only the older verification members keeps them until a message is edited', () => {
    const legacy: UserPool = {
      Id: 'eu-west-1_OldMessages',
      Name: 'old-messages',
      SmsVerificationMessage: 'Code {####}',
      EmailVerificationMessage: 'Your code is {####}',
      EmailVerificationSubject: 'Your code',
      EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
    };
    expect(toMessagesValues(legacy).verificationSms).toBe('Code {####}');
    expect(changesOf(legacy, {})).toEqual([]);
    expect(changesOf(legacy, { replyTo: 'help@acme.example' })).toEqual([
      {
        path: 'EmailConfiguration.ReplyToEmailAddress',
        before: undefined,
        after: 'help@acme.example',
      },
    ]);
    const edited = toUpdateUserPoolInput(
      legacy,
      messagesEdits(legacy, { ...toMessagesValues(legacy), verificationSms: 'New code {####}' }),
    );
    expect(edited.VerificationMessageTemplate).toMatchObject({
      SmsMessage: 'New code {####}',
      EmailMessage: 'Your code is {####}',
      EmailSubject: 'Your code',
    });
  });

  it('refuses templates without the placeholders AWS demands, at their field', () => {
    expect(problemPaths({ verificationSms: 'Your code' })).toEqual(['verificationSms']);
    expect(problemPaths({ verificationEmail: 'Your code' })).toEqual(['verificationEmail']);
    expect(problemPaths({ verificationLink: 'Click the link' })).toEqual(['verificationLink']);
    expect(problemPaths({ invitationEmail: 'Your password is {####}' })).toEqual([
      'invitationEmail',
    ]);
    expect(problemPaths({ invitationSms: 'Hi {username}' })).toEqual(['invitationSms']);
  });

  it('refuses SES without a source ARN, and SMS options without the role', () => {
    expect(problemPaths({ sourceArn: '' })).toEqual(['sourceArn']);
    expect(problemPaths({ snsCallerArn: '' })).toEqual(['snsCallerArn']);
    expect(problemPaths({ snsCallerArn: 'acme-sns' })).toEqual(['snsCallerArn']);
    expect(problemPaths({ snsRegion: 'Ireland' })).toEqual(['snsRegion']);
    expect(problemPaths({ replyTo: 'help' })).toEqual(['replyTo']);
  });
});
