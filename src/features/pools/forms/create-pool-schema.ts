import * as z from 'zod';

export const standardAttributes = [
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'address',
  'updated_at',
] as const;
export type StandardAttribute = (typeof standardAttributes)[number];

export const usernameAttributeOptions = ['email', 'phone_number'] as const;
export const aliasAttributeOptions = ['email', 'phone_number', 'preferred_username'] as const;
export const mfaOptions = ['OFF', 'OPTIONAL', 'ON'] as const;

// Constraints copied from the CreateUserPool model (UserPoolNameType, PasswordPolicyType).
export const createPoolSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter a pool name.')
      .max(128, 'Use at most 128 characters.')
      .regex(/^[\w\s+=,.@-]+$/, 'Use only letters, numbers, spaces and + = , . @ - _'),
    signInWith: z.enum(['username', 'identifier']),
    usernameAttributes: z.array(z.enum(usernameAttributeOptions)),
    aliasAttributes: z.array(z.enum(aliasAttributeOptions)),
    caseInsensitive: z.boolean(),
    autoVerifyEmail: z.boolean(),
    requiredAttributes: z.array(z.enum(standardAttributes)),
    password: z.object({
      minLength: z
        .number({ error: 'Enter a number.' })
        .int('Use a whole number.')
        .min(6, 'At least 6.')
        .max(99, 'At most 99.'),
      requireUppercase: z.boolean(),
      requireLowercase: z.boolean(),
      requireNumbers: z.boolean(),
      requireSymbols: z.boolean(),
      temporaryPasswordValidityDays: z
        .number({ error: 'Enter a number.' })
        .int('Use a whole number.')
        .min(0, 'At least 0.')
        .max(365, 'At most 365.'),
    }),
    mfa: z.enum(mfaOptions),
    selfSignUp: z.boolean(),
    deletionProtection: z.boolean(),
  })
  .refine((v) => v.signInWith === 'username' || v.usernameAttributes.length > 0, {
    message: 'Choose email, phone number or both.',
    path: ['usernameAttributes'],
  });

export type CreatePoolFormValues = z.infer<typeof createPoolSchema>;

export const createPoolDefaults: CreatePoolFormValues = {
  name: '',
  signInWith: 'identifier',
  usernameAttributes: ['email'],
  aliasAttributes: [],
  caseInsensitive: true,
  autoVerifyEmail: true,
  requiredAttributes: ['email'],
  password: {
    minLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 7,
  },
  mfa: 'OFF',
  selfSignUp: false,
  deletionProtection: true,
};

/** The attributes users sign in with, for deciding whether email auto-verification applies. */
export function signInAttributes(values: CreatePoolFormValues): string[] {
  return values.signInWith === 'identifier' ? values.usernameAttributes : values.aliasAttributes;
}
