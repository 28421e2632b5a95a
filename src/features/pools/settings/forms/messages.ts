import * as z from 'zod';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { messageTemplateProblem } from '@/lib/user-pools/message-templates';
import type { UserPoolEdits } from '@/lib/user-pools/update-user-pool';
import { arnProblem, optionalText, settleObject } from './form-values';

/** Each template field of the form, with the UpdateUserPool member it edits. */
export const templateFields = [
  {
    name: 'verificationSms',
    member: 'VerificationMessageTemplate.SmsMessage',
    label: 'Verification SMS',
    multiline: false,
  },
  {
    name: 'verificationEmailSubject',
    member: 'VerificationMessageTemplate.EmailSubject',
    label: 'Verification email subject',
    multiline: false,
  },
  {
    name: 'verificationEmail',
    member: 'VerificationMessageTemplate.EmailMessage',
    label: 'Verification email',
    multiline: true,
  },
  {
    name: 'verificationLinkSubject',
    member: 'VerificationMessageTemplate.EmailSubjectByLink',
    label: 'Verification email subject (link)',
    multiline: false,
  },
  {
    name: 'verificationLink',
    member: 'VerificationMessageTemplate.EmailMessageByLink',
    label: 'Verification email (link)',
    multiline: true,
  },
  {
    name: 'invitationSms',
    member: 'AdminCreateUserConfig.InviteMessageTemplate.SMSMessage',
    label: 'Invitation SMS',
    multiline: false,
  },
  {
    name: 'invitationEmailSubject',
    member: 'AdminCreateUserConfig.InviteMessageTemplate.EmailSubject',
    label: 'Invitation email subject',
    multiline: false,
  },
  {
    name: 'invitationEmail',
    member: 'AdminCreateUserConfig.InviteMessageTemplate.EmailMessage',
    label: 'Invitation email',
    multiline: true,
  },
] as const;

type TemplateName = (typeof templateFields)[number]['name'];

const sesConfigurationSet = /^[a-zA-Z0-9_-]+$/;
const emailAddress = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+@[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

const templateShape = Object.fromEntries(templateFields.map((f) => [f.name, z.string()])) as {
  [K in TemplateName]: z.ZodString;
};

export const messagesSchema = z
  .object({
    emailAccount: z.enum(['COGNITO_DEFAULT', 'DEVELOPER']),
    sourceArn: z.string().trim(),
    from: z.string().trim(),
    replyTo: z.string().trim(),
    configurationSet: z.string().trim(),
    snsCallerArn: z.string().trim(),
    externalId: z.string().trim(),
    snsRegion: z.string().trim(),
    defaultEmailOption: z.enum(['CONFIRM_WITH_CODE', 'CONFIRM_WITH_LINK']),
    ...templateShape,
  })
  .superRefine((values, ctx) => {
    const problem = (path: string, message: string | null) => {
      if (message) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (values.emailAccount === 'DEVELOPER' && values.sourceArn === '') {
      problem('sourceArn', 'Sending with Amazon SES needs the ARN of a verified SES identity.');
    }
    problem('sourceArn', arnProblem(values.sourceArn, 'SES identity'));
    problem('snsCallerArn', arnProblem(values.snsCallerArn, 'IAM role'));
    if (values.from !== '' && !/@/.test(values.from)) {
      problem('from', 'Enter an address, e.g. Acme <no-reply@acme.example>.');
    }
    if (values.replyTo !== '' && !emailAddress.test(values.replyTo)) {
      problem('replyTo', 'Enter an email address, e.g. help@acme.example.');
    }
    if (values.configurationSet !== '' && !sesConfigurationSet.test(values.configurationSet)) {
      problem('configurationSet', 'Use letters, numbers, - and _ (at most 64).');
    } else if (values.configurationSet.length > 64) {
      problem('configurationSet', 'Use at most 64 characters.');
    }
    if (values.snsCallerArn === '' && (values.externalId !== '' || values.snsRegion !== '')) {
      problem('snsCallerArn', 'Enter the SNS role ARN, or clear the external ID and region.');
    }
    if (values.snsRegion !== '' && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(values.snsRegion)) {
      problem('snsRegion', 'Enter a Region code, e.g. us-east-1.');
    }
    for (const field of templateFields) {
      const text = values[field.name];
      if (text !== '') problem(field.name, messageTemplateProblem(field.member, text));
    }
  });

export type MessagesValues = z.infer<typeof messagesSchema>;

export function toMessagesValues(pool: UserPool): MessagesValues {
  const email = pool.EmailConfiguration;
  const sms = pool.SmsConfiguration;
  const template = pool.VerificationMessageTemplate;
  const invite = pool.AdminCreateUserConfig?.InviteMessageTemplate;
  return {
    emailAccount: email?.EmailSendingAccount ?? 'COGNITO_DEFAULT',
    sourceArn: email?.SourceArn ?? '',
    from: email?.From ?? '',
    replyTo: email?.ReplyToEmailAddress ?? '',
    configurationSet: email?.ConfigurationSet ?? '',
    snsCallerArn: sms?.SnsCallerArn ?? '',
    externalId: sms?.ExternalId ?? '',
    snsRegion: sms?.SnsRegion ?? '',
    defaultEmailOption: template?.DefaultEmailOption ?? 'CONFIRM_WITH_CODE',
    verificationSms: template?.SmsMessage ?? pool.SmsVerificationMessage ?? '',
    verificationEmailSubject: template?.EmailSubject ?? pool.EmailVerificationSubject ?? '',
    verificationEmail: template?.EmailMessage ?? pool.EmailVerificationMessage ?? '',
    verificationLinkSubject: template?.EmailSubjectByLink ?? '',
    verificationLink: template?.EmailMessageByLink ?? '',
    invitationSms: invite?.SMSMessage ?? '',
    invitationEmailSubject: invite?.EmailSubject ?? '',
    invitationEmail: invite?.EmailMessage ?? '',
  };
}

const verificationFields = [
  'defaultEmailOption',
  'verificationSms',
  'verificationEmailSubject',
  'verificationEmail',
  'verificationLinkSubject',
  'verificationLink',
] as const satisfies ReadonlyArray<keyof MessagesValues>;

/**
 * A pool that has its verification messages only in the older SmsVerificationMessage,
 * EmailVerificationMessage and EmailVerificationSubject (the form shows them) keeps them there
 * while none is edited; an edit moves all of them into VerificationMessageTemplate.
 */
function verificationUntouched(pool: UserPool, values: MessagesValues): boolean {
  if (pool.VerificationMessageTemplate !== undefined) return false;
  const shown = toMessagesValues(pool);
  return verificationFields.every((field) => values[field] === shown[field]);
}

export function messagesEdits(pool: UserPool, values: MessagesValues): UserPoolEdits {
  const email = pool.EmailConfiguration;
  const sms = pool.SmsConfiguration;
  const template = pool.VerificationMessageTemplate;
  const adminCreate = pool.AdminCreateUserConfig;
  const invite = adminCreate?.InviteMessageTemplate;
  const defaultOption =
    template?.DefaultEmailOption === undefined && values.defaultEmailOption === 'CONFIRM_WITH_CODE'
      ? undefined
      : values.defaultEmailOption;
  const inviteAfter = settleObject(invite, {
    ...invite,
    SMSMessage: optionalText(values.invitationSms),
    EmailSubject: optionalText(values.invitationEmailSubject),
    EmailMessage: optionalText(values.invitationEmail),
  });
  return {
    EmailConfiguration: settleObject(email, {
      ...email,
      EmailSendingAccount:
        email?.EmailSendingAccount === undefined && values.emailAccount === 'COGNITO_DEFAULT'
          ? undefined
          : values.emailAccount,
      SourceArn: optionalText(values.sourceArn),
      From: optionalText(values.from),
      ReplyToEmailAddress: optionalText(values.replyTo),
      ConfigurationSet: optionalText(values.configurationSet),
    }),
    SmsConfiguration:
      values.snsCallerArn === ''
        ? null
        : {
            ...sms,
            SnsCallerArn: values.snsCallerArn,
            ExternalId: optionalText(values.externalId),
            SnsRegion: optionalText(values.snsRegion),
          },
    VerificationMessageTemplate: verificationUntouched(pool, values)
      ? undefined
      : settleObject(template, {
          ...template,
          DefaultEmailOption: defaultOption,
          SmsMessage: optionalText(values.verificationSms),
          EmailSubject: optionalText(values.verificationEmailSubject),
          EmailMessage: optionalText(values.verificationEmail),
          EmailSubjectByLink: optionalText(values.verificationLinkSubject),
          EmailMessageByLink: optionalText(values.verificationLink),
        }),
    AdminCreateUserConfig: settleObject(adminCreate, {
      ...adminCreate,
      InviteMessageTemplate: inviteAfter,
    }),
  };
}

export const messagesErrorFields = {
  SourceArn: 'sourceArn',
  From: 'from',
  ReplyToEmailAddress: 'replyTo',
  ConfigurationSet: 'configurationSet',
  EmailSendingAccount: 'emailAccount',
  SnsCallerArn: 'snsCallerArn',
  ExternalId: 'externalId',
  SnsRegion: 'snsRegion',
  SmsMessage: 'verificationSms',
  'verificationMessageTemplate.smsMessage': 'verificationSms',
  'verificationMessageTemplate.emailMessage': 'verificationEmail',
  'verificationMessageTemplate.emailSubject': 'verificationEmailSubject',
  EmailMessageByLink: 'verificationLink',
  EmailSubjectByLink: 'verificationLinkSubject',
  SMSMessage: 'invitationSms',
  'inviteMessageTemplate.emailMessage': 'invitationEmail',
  'inviteMessageTemplate.emailSubject': 'invitationEmailSubject',
} as const satisfies Record<string, keyof MessagesValues>;
