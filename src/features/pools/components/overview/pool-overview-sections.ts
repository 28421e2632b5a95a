import { formatBoolean, formatDateTime, formatList } from '@/lib/format';
import type { UserPool } from '@/api/pools/describe-user-pool';

export interface OverviewItem {
  term: string;
  value: string;
}

export interface OverviewSection {
  title: string;
  items: OverviewItem[];
}

const item = (term: string, value: string | number | undefined): OverviewItem => ({
  term,
  value: value === undefined ? '' : String(value),
});

const lambdaTriggers = [
  ['PreSignUp', 'Pre sign-up'],
  ['PostConfirmation', 'Post confirmation'],
  ['PreAuthentication', 'Pre authentication'],
  ['PostAuthentication', 'Post authentication'],
  ['CustomMessage', 'Custom message'],
  ['DefineAuthChallenge', 'Define auth challenge'],
  ['CreateAuthChallenge', 'Create auth challenge'],
  ['VerifyAuthChallengeResponse', 'Verify auth challenge response'],
  ['PreTokenGeneration', 'Pre token generation'],
  ['UserMigration', 'User migration'],
] as const;

function triggerItems(pool: UserPool): OverviewItem[] {
  const config = pool.LambdaConfig ?? {};
  const items = lambdaTriggers
    .filter(([key]) => config[key])
    .map(([key, label]) => item(label, config[key]));
  if (config.PreTokenGenerationConfig?.LambdaArn) {
    items.push(
      item(
        `Pre token generation (${config.PreTokenGenerationConfig.LambdaVersion ?? 'V1_0'})`,
        config.PreTokenGenerationConfig.LambdaArn,
      ),
    );
  }
  if (config.CustomSMSSender)
    items.push(item('Custom SMS sender', config.CustomSMSSender.LambdaArn));
  if (config.CustomEmailSender)
    items.push(item('Custom email sender', config.CustomEmailSender.LambdaArn));
  if (config.KMSKeyID) items.push(item('KMS key for custom senders', config.KMSKeyID));
  return items.length > 0 ? items : [item('Triggers', 'None')];
}

/** Every part of DescribeUserPool as labelled text; the schema table is rendered separately. */
export function poolOverviewSections(pool: UserPool): OverviewSection[] {
  const password = pool.Policies?.PasswordPolicy;
  const template = pool.VerificationMessageTemplate;
  const invite = pool.AdminCreateUserConfig?.InviteMessageTemplate;
  const email = pool.EmailConfiguration;
  const sms = pool.SmsConfiguration;
  const recovery = [...(pool.AccountRecoverySetting?.RecoveryMechanisms ?? [])]
    .sort((a, b) => (a.Priority ?? 0) - (b.Priority ?? 0))
    .map((m) => `${m.Priority ?? '?'}. ${m.Name ?? ''}`);
  const device = pool.DeviceConfiguration;
  const tags = Object.entries(pool.UserPoolTags ?? {}).map(([k, v]) => `${k}=${v}`);

  return [
    {
      title: 'General',
      items: [
        item('Pool ID', pool.Id),
        item('ARN', pool.Arn),
        item('Name', pool.Name),
        item('Status', pool.Status),
        item('Created', formatDateTime(pool.CreationDate)),
        item('Last modified', formatDateTime(pool.LastModifiedDate)),
        item('Estimated users', pool.EstimatedNumberOfUsers),
        item('Feature plan (tier)', pool.UserPoolTier),
        item('Deletion protection', pool.DeletionProtection === 'ACTIVE' ? 'Active' : 'Inactive'),
        item('Tags', formatList(tags)),
      ],
    },
    {
      title: 'Sign-in',
      items: [
        item('Username attributes', formatList(pool.UsernameAttributes)),
        item('Alias attributes', formatList(pool.AliasAttributes)),
        item(
          'Usernames',
          pool.UsernameConfiguration?.CaseSensitive === undefined
            ? ''
            : pool.UsernameConfiguration.CaseSensitive
              ? 'Case-sensitive'
              : 'Case-insensitive',
        ),
        item(
          'Allowed first factors',
          formatList(pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors),
        ),
      ],
    },
    {
      title: 'Password policy',
      items: [
        item('Minimum length', password?.MinimumLength),
        item('Requires uppercase', formatBoolean(password?.RequireUppercase)),
        item('Requires lowercase', formatBoolean(password?.RequireLowercase)),
        item('Requires numbers', formatBoolean(password?.RequireNumbers)),
        item('Requires symbols', formatBoolean(password?.RequireSymbols)),
        item('Password history', password?.PasswordHistorySize),
        item('Temporary password validity (days)', password?.TemporaryPasswordValidityDays),
      ],
    },
    {
      title: 'MFA and verification',
      items: [
        item('MFA', pool.MfaConfiguration),
        item('Auto-verified attributes', formatList(pool.AutoVerifiedAttributes)),
        item(
          'Verify before update',
          formatList(pool.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate),
        ),
        item('SMS MFA message', pool.SmsAuthenticationMessage),
      ],
    },
    {
      title: 'Sign-up and admin-created users',
      items: [
        item(
          'Self sign-up',
          pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly === undefined
            ? ''
            : pool.AdminCreateUserConfig.AllowAdminCreateUserOnly
              ? 'Off (administrators create users)'
              : 'On',
        ),
        item(
          'Unused account validity (days)',
          pool.AdminCreateUserConfig?.UnusedAccountValidityDays,
        ),
      ],
    },
    {
      title: 'Message templates',
      items: [
        item('Verification type', template?.DefaultEmailOption),
        item('Verification email subject', template?.EmailSubject ?? pool.EmailVerificationSubject),
        item('Verification email message', template?.EmailMessage ?? pool.EmailVerificationMessage),
        item('Verification link subject', template?.EmailSubjectByLink),
        item('Verification link message', template?.EmailMessageByLink),
        item('Verification SMS', template?.SmsMessage ?? pool.SmsVerificationMessage),
        item('Invitation email subject', invite?.EmailSubject),
        item('Invitation email message', invite?.EmailMessage),
        item('Invitation SMS', invite?.SMSMessage),
      ],
    },
    {
      title: 'Email configuration',
      items: [
        item('Sending account', email?.EmailSendingAccount ?? 'COGNITO_DEFAULT'),
        item('From', email?.From),
        item('Reply-to', email?.ReplyToEmailAddress),
        item('SES identity ARN', email?.SourceArn),
        item('SES configuration set', email?.ConfigurationSet),
        item('Configuration problem', pool.EmailConfigurationFailure),
      ],
    },
    {
      title: 'SMS configuration',
      items: [
        item('SNS caller role', sms?.SnsCallerArn),
        item('External ID', sms?.ExternalId),
        item('SNS region', sms?.SnsRegion),
        item('Configuration problem', pool.SmsConfigurationFailure),
      ],
    },
    {
      title: 'Account recovery',
      items: [item('Recovery methods (in order)', formatList(recovery))],
    },
    { title: 'Lambda triggers', items: triggerItems(pool) },
    {
      title: 'Domain',
      items: [item('Cognito domain prefix', pool.Domain), item('Custom domain', pool.CustomDomain)],
    },
    {
      title: 'Add-ons (threat protection)',
      items: [
        item('Threat protection mode', pool.UserPoolAddOns?.AdvancedSecurityMode ?? 'OFF'),
        item(
          'Custom auth flows',
          pool.UserPoolAddOns?.AdvancedSecurityAdditionalFlows?.CustomAuthMode,
        ),
      ],
    },
    {
      title: 'Devices',
      items: device
        ? [
            item(
              'Remember devices',
              device.DeviceOnlyRememberedOnUserPrompt ? 'When the user opts in' : 'Always',
            ),
            item('Challenge on new device', formatBoolean(device.ChallengeRequiredOnNewDevice)),
          ]
        : [item('Remember devices', 'Off')],
    },
  ];
}
