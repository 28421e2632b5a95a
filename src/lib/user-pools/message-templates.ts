// eslint-disable-next-line no-restricted-imports -- type-only: erased from the bundle, and keeps the checks in step with the SDK's shapes
import type { UpdateUserPoolRequest } from '@aws-sdk/client-cognito-identity-provider';

export interface FieldProblem {
  /** Dotted path in the UpdateUserPool request, e.g. `VerificationMessageTemplate.SmsMessage`. */
  field: string;
  message: string;
}

type Placeholder = '{####}' | '{username}' | '{##…##}';

interface MessageRule {
  field: string;
  label: string;
  min: number;
  max: number;
  placeholders: readonly Placeholder[];
  /** The characters the model's pattern allows (`\p{L}\p{M}\p{S}\p{N}\p{P}` and white space). */
  printableOnly: boolean;
}

/** Lengths and patterns from the service model (shared/aws-models, cognito-idp 2016-04-18). */
const rules: readonly MessageRule[] = [
  {
    field: 'VerificationMessageTemplate.SmsMessage',
    label: 'Verification SMS',
    min: 6,
    max: 140,
    placeholders: ['{####}'],
    printableOnly: false,
  },
  {
    field: 'VerificationMessageTemplate.EmailMessage',
    label: 'Verification email',
    min: 6,
    max: 20000,
    placeholders: ['{####}'],
    printableOnly: true,
  },
  {
    field: 'VerificationMessageTemplate.EmailSubject',
    label: 'Verification email subject',
    min: 1,
    max: 140,
    placeholders: [],
    printableOnly: true,
  },
  {
    field: 'VerificationMessageTemplate.EmailMessageByLink',
    label: 'Verification email (link)',
    min: 6,
    max: 20000,
    placeholders: ['{##…##}'],
    printableOnly: true,
  },
  {
    field: 'VerificationMessageTemplate.EmailSubjectByLink',
    label: 'Verification email subject (link)',
    min: 1,
    max: 140,
    placeholders: [],
    printableOnly: true,
  },
  {
    field: 'SmsVerificationMessage',
    label: 'Verification SMS',
    min: 6,
    max: 140,
    placeholders: ['{####}'],
    printableOnly: false,
  },
  {
    field: 'EmailVerificationMessage',
    label: 'Verification email',
    min: 6,
    max: 20000,
    placeholders: ['{####}'],
    printableOnly: true,
  },
  {
    field: 'EmailVerificationSubject',
    label: 'Verification email subject',
    min: 1,
    max: 140,
    placeholders: [],
    printableOnly: true,
  },
  {
    field: 'SmsAuthenticationMessage',
    label: 'MFA SMS',
    min: 6,
    max: 140,
    placeholders: ['{####}'],
    printableOnly: false,
  },
  // AWS requires both the user name and the temporary password in an invitation.
  {
    field: 'AdminCreateUserConfig.InviteMessageTemplate.SMSMessage',
    label: 'Invitation SMS',
    min: 6,
    max: 140,
    placeholders: ['{username}', '{####}'],
    printableOnly: false,
  },
  {
    field: 'AdminCreateUserConfig.InviteMessageTemplate.EmailMessage',
    label: 'Invitation email',
    min: 6,
    max: 20000,
    placeholders: ['{username}', '{####}'],
    printableOnly: true,
  },
  {
    field: 'AdminCreateUserConfig.InviteMessageTemplate.EmailSubject',
    label: 'Invitation email subject',
    min: 1,
    max: 140,
    placeholders: [],
    printableOnly: true,
  },
];

/**
 * The model's pattern would let `{####}` pass as the link, but AWS answers "The message is invalid"
 * to a link message without link text (aws/aws-cli#8280), so the text between the ## is required.
 */
const linkPlaceholder = /\{##(?!##\})[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]+?##\}/u;
const printable = /^[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*$/u;

const placeholderMeaning: Record<Placeholder, string> = {
  '{####}': '{####} (where the code goes)',
  '{username}': '{username} (where the user name goes)',
  '{##…##}': 'a link written {##Click here##} (the text between the ## is the link text)',
};

function contains(text: string, placeholder: Placeholder): boolean {
  return placeholder === '{##…##}' ? linkPlaceholder.test(text) : text.includes(placeholder);
}

/** The message for one template field, or null when AWS accepts it. */
export function messageTemplateProblem(field: string, text: string): string | null {
  const rule = rules.find((r) => r.field === field);
  if (!rule) return null;
  if (text.length < rule.min) {
    return rule.min === 1
      ? `${rule.label} cannot be empty.`
      : `${rule.label} must be at least ${rule.min} characters.`;
  }
  if (text.length > rule.max) {
    return `${rule.label} is ${text.length} characters; AWS accepts at most ${rule.max}.`;
  }
  const missing = rule.placeholders.filter((p) => !contains(text, p));
  if (missing.length > 0) {
    return `${rule.label} must contain ${missing.map((p) => placeholderMeaning[p]).join(' and ')}.`;
  }
  if (rule.printableOnly && !printable.test(text)) {
    return `${rule.label} contains characters AWS does not accept (control characters).`;
  }
  return null;
}

function valueAt(source: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      source,
    );
}

/** Every message-template problem of an UpdateUserPool (or CreateUserPool) request, per field. */
export function messageTemplateProblems(
  request: Partial<Omit<UpdateUserPoolRequest, 'UserPoolId'>>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const rule of rules) {
    const value = valueAt(request, rule.field);
    if (typeof value !== 'string') continue;
    const message = messageTemplateProblem(rule.field, value);
    if (message) problems.push({ field: rule.field, message });
  }
  return problems;
}

export interface MessageSample {
  username: string;
  code: string;
}

export const defaultMessageSample: MessageSample = { username: 'jane.doe', code: '123456' };

/**
 * The message as a recipient reads it, with sample values in place of {####} and {username}, and
 * a {##Click here##} link shown as its text.
 */
export function renderMessagePreview(
  template: string,
  sample: MessageSample = defaultMessageSample,
): string {
  return template
    .replaceAll('{####}', sample.code)
    .replaceAll('{username}', sample.username)
    .replace(new RegExp(linkPlaceholder.source, 'gu'), (match) => match.slice(3, -3));
}
