import type { CreateUserPoolInput, UserPoolMfaConfigInput } from '@/api/pools/create-user-pool';
import type { CreatePoolFormValues, StandardAttribute } from './create-pool-schema';

type AttributeDataType = NonNullable<CreateUserPoolInput['Schema']>[number]['AttributeDataType'];

const standardAttributeTypes: Partial<Record<StandardAttribute, AttributeDataType>> = {
  updated_at: 'Number',
};

/**
 * Form values -> CreateUserPool input. MFA is always created OFF: CreateUserPool can only turn MFA
 * on with an SMS configuration, so TOTP is enabled afterwards by toMfaConfigInput.
 */
export function toCreateUserPoolInput(values: CreatePoolFormValues): CreateUserPoolInput {
  const usesIdentifierAsUsername = values.signInWith === 'identifier';
  const signInAttributes = usesIdentifierAsUsername
    ? values.usernameAttributes
    : values.aliasAttributes;
  const autoVerify = values.autoVerifyEmail && signInAttributes.includes('email');
  const required = [...new Set(values.requiredAttributes)];

  return {
    PoolName: values.name.trim(),
    ...(usesIdentifierAsUsername
      ? { UsernameAttributes: [...values.usernameAttributes] }
      : values.aliasAttributes.length > 0
        ? { AliasAttributes: [...values.aliasAttributes] }
        : {}),
    UsernameConfiguration: { CaseSensitive: !values.caseInsensitive },
    ...(autoVerify ? { AutoVerifiedAttributes: ['email'] } : {}),
    ...(required.length > 0
      ? {
          Schema: required.map((name) => ({
            Name: name,
            AttributeDataType: standardAttributeTypes[name] ?? 'String',
            Mutable: true,
            Required: true,
          })),
        }
      : {}),
    Policies: {
      PasswordPolicy: {
        MinimumLength: values.password.minLength,
        RequireUppercase: values.password.requireUppercase,
        RequireLowercase: values.password.requireLowercase,
        RequireNumbers: values.password.requireNumbers,
        RequireSymbols: values.password.requireSymbols,
        TemporaryPasswordValidityDays: values.password.temporaryPasswordValidityDays,
      },
    },
    MfaConfiguration: 'OFF',
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: !values.selfSignUp },
    DeletionProtection: values.deletionProtection ? 'ACTIVE' : 'INACTIVE',
  };
}

/** The follow-up call that turns on TOTP MFA, or undefined when MFA stays off. */
export function toMfaConfigInput(
  values: CreatePoolFormValues,
  userPoolId: string,
): UserPoolMfaConfigInput | undefined {
  if (values.mfa === 'OFF') return undefined;
  return {
    UserPoolId: userPoolId,
    MfaConfiguration: values.mfa,
    SoftwareTokenMfaConfiguration: { Enabled: true },
  };
}
