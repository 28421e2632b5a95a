import {
  passwordPolicyMessage,
  type PasswordPolicyInput,
} from '@/lib/user-attributes/password-policy';
import { systemAttributes, type AttributeDefinition } from '@/lib/user-attributes/schema';
import { validateAttributeValue } from '@/lib/user-attributes/validate';

export interface CreateUserFormValues {
  /** The username, or the email / phone number when the pool uses them as username. */
  username: string;
  attributes: Record<string, string>;
  emailVerified: boolean;
  phoneVerified: boolean;
  invitation: 'send' | 'suppress';
  sendEmail: boolean;
  sendSms: boolean;
  temporaryPassword: string;
  forceAliasCreation: boolean;
}

export interface CreateUserPool {
  schema: readonly AttributeDefinition[];
  usernameAttributes: readonly string[];
  passwordPolicy?: PasswordPolicyInput;
}

/** AdminCreateUser's input, structurally (the api file passes it to the SDK as is). */
export interface CreateUserInput {
  UserPoolId: string;
  Username: string;
  UserAttributes: { Name: string; Value: string }[];
  TemporaryPassword?: string;
  ForceAliasCreation: boolean;
  MessageAction?: 'SUPPRESS';
  DesiredDeliveryMediums?: ('EMAIL' | 'SMS')[];
}

export interface CreateUserIssue {
  /** A form path: `username`, `temporaryPassword`, `sendEmail`, `attributes.<name>`. */
  path: string;
  message: string;
}

const looksLikeEmail = (value: string) => value.includes('@');

/** Attributes the create form offers: everything in the schema except Cognito's own. */
export function creatableAttributes(pool: CreateUserPool): AttributeDefinition[] {
  return pool.schema.filter(
    (d) =>
      !systemAttributes.has(d.name) &&
      !d.name.endsWith('_verified') &&
      // A single username attribute is typed in the username field itself.
      !(pool.usernameAttributes.length === 1 && pool.usernameAttributes[0] === d.name),
  );
}

/** Which attribute the typed username fills in a pool that signs in with email or phone. */
export function usernameAttributeFor(pool: CreateUserPool, username: string): string | undefined {
  if (pool.usernameAttributes.length === 0) return undefined;
  if (pool.usernameAttributes.includes('email') && looksLikeEmail(username)) return 'email';
  if (pool.usernameAttributes.includes('phone_number')) return 'phone_number';
  return pool.usernameAttributes[0];
}

/** The attribute values the user will have, the username's attribute included. */
function effectiveAttributes(pool: CreateUserPool, values: CreateUserFormValues) {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(values.attributes)) {
    const trimmed = value.trim();
    if (trimmed !== '') attributes[name] = trimmed;
  }
  const fromUsername = usernameAttributeFor(pool, values.username.trim());
  if (fromUsername && values.username.trim()) attributes[fromUsername] = values.username.trim();
  return { attributes, fromUsername };
}

/** Everything wrong with the form, each at its field, checked against the pool before sending. */
export function validateCreateUser(
  pool: CreateUserPool,
  values: CreateUserFormValues,
): CreateUserIssue[] {
  const issues: CreateUserIssue[] = [];
  const username = values.username.trim();
  const { attributes, fromUsername } = effectiveAttributes(pool, values);
  if (username === '') {
    issues.push({ path: 'username', message: 'Enter a username.' });
  } else if (pool.usernameAttributes.length > 0) {
    const definition = pool.schema.find((d) => d.name === fromUsername);
    const problem = definition && validateAttributeValue(definition, username);
    if (problem) issues.push({ path: 'username', message: problem });
  } else if (username.length > 128 || /\s/.test(username)) {
    issues.push({ path: 'username', message: 'At most 128 characters, without spaces.' });
  }
  for (const definition of creatableAttributes(pool)) {
    if (definition.name === fromUsername) continue;
    const value = attributes[definition.name] ?? '';
    const problem =
      value === '' && definition.required
        ? `${definition.name} is required in this pool.`
        : validateAttributeValue(definition, value);
    if (problem) issues.push({ path: `attributes.${definition.name}`, message: problem });
  }
  if (values.invitation === 'send') {
    if (!values.sendEmail && !values.sendSms) {
      issues.push({ path: 'sendEmail', message: 'Choose email, SMS or both, or do not send.' });
    }
    if (values.sendEmail && !attributes.email) {
      issues.push({ path: 'sendEmail', message: 'An email invitation needs an email address.' });
    }
    if (values.sendSms && !attributes.phone_number) {
      issues.push({ path: 'sendSms', message: 'An SMS invitation needs a phone number.' });
    }
  }
  if (values.temporaryPassword !== '') {
    const problem = passwordPolicyMessage(values.temporaryPassword, pool.passwordPolicy);
    if (problem) issues.push({ path: 'temporaryPassword', message: problem });
  }
  return issues;
}

export function toCreateUserInput(
  poolId: string,
  pool: CreateUserPool,
  values: CreateUserFormValues,
): CreateUserInput {
  const username = values.username.trim();
  const { attributes, fromUsername } = effectiveAttributes(pool, values);
  const userAttributes = Object.entries(attributes)
    // The username carries its own attribute; Cognito sets it from Username.
    .filter(([name]) => name !== fromUsername)
    .filter(([name]) => pool.schema.some((d) => d.name === name))
    .map(([Name, Value]) => ({ Name, Value }));
  if (values.emailVerified && attributes.email) {
    userAttributes.push({ Name: 'email_verified', Value: 'true' });
  }
  if (values.phoneVerified && attributes.phone_number) {
    userAttributes.push({ Name: 'phone_number_verified', Value: 'true' });
  }
  const mediums: ('EMAIL' | 'SMS')[] = [];
  if (values.sendEmail) mediums.push('EMAIL');
  if (values.sendSms) mediums.push('SMS');
  return {
    UserPoolId: poolId,
    Username: username,
    UserAttributes: userAttributes,
    ...(values.temporaryPassword !== '' ? { TemporaryPassword: values.temporaryPassword } : {}),
    ForceAliasCreation: values.forceAliasCreation,
    ...(values.invitation === 'suppress'
      ? { MessageAction: 'SUPPRESS' as const }
      : { DesiredDeliveryMediums: mediums }),
  };
}
