import { describe, expect, it } from 'vitest';
import {
  createPoolDefaults,
  createPoolSchema,
  type CreatePoolFormValues,
} from './create-pool-schema';
import { toCreateUserPoolInput, toMfaConfigInput } from './create-user-pool-input';

const values = (overrides: Partial<CreatePoolFormValues> = {}): CreatePoolFormValues => ({
  ...createPoolDefaults,
  name: 'acme customers',
  ...overrides,
});

describe('toCreateUserPoolInput', () => {
  it('maps the defaults to a complete, explicit input', () => {
    expect(toCreateUserPoolInput(values({ name: '  acme customers ' }))).toEqual({
      PoolName: 'acme customers',
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AutoVerifiedAttributes: ['email'],
      Schema: [{ Name: 'email', AttributeDataType: 'String', Mutable: true, Required: true }],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 8,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 7,
        },
      },
      MfaConfiguration: 'OFF',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      DeletionProtection: 'ACTIVE',
    });
  });

  it('sends aliases, never both UsernameAttributes and AliasAttributes', () => {
    const input = toCreateUserPoolInput(
      values({
        signInWith: 'username',
        usernameAttributes: ['email'],
        aliasAttributes: ['email', 'preferred_username'],
      }),
    );
    expect(input.AliasAttributes).toEqual(['email', 'preferred_username']);
    expect(input).not.toHaveProperty('UsernameAttributes');
  });

  it('sends neither when users sign in with a plain username only', () => {
    const input = toCreateUserPoolInput(values({ signInWith: 'username', aliasAttributes: [] }));
    expect(input).not.toHaveProperty('AliasAttributes');
    expect(input).not.toHaveProperty('UsernameAttributes');
    expect(input).not.toHaveProperty('AutoVerifiedAttributes');
  });

  it('keeps case-sensitive usernames when asked', () => {
    expect(toCreateUserPoolInput(values({ caseInsensitive: false })).UsernameConfiguration).toEqual(
      {
        CaseSensitive: true,
      },
    );
  });

  it('marks required standard attributes with their AWS data type', () => {
    const input = toCreateUserPoolInput(
      values({ requiredAttributes: ['name', 'updated_at', 'name'] }),
    );
    expect(input.Schema).toEqual([
      { Name: 'name', AttributeDataType: 'String', Mutable: true, Required: true },
      { Name: 'updated_at', AttributeDataType: 'Number', Mutable: true, Required: true },
    ]);
  });

  it('omits Schema when nothing is required', () => {
    expect(toCreateUserPoolInput(values({ requiredAttributes: [] }))).not.toHaveProperty('Schema');
  });

  it('maps self sign-up and deletion protection', () => {
    const input = toCreateUserPoolInput(values({ selfSignUp: true, deletionProtection: false }));
    expect(input.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: false });
    expect(input.DeletionProtection).toBe('INACTIVE');
  });

  it('creates MFA off and turns on TOTP in a follow-up call', () => {
    expect(toCreateUserPoolInput(values({ mfa: 'ON' })).MfaConfiguration).toBe('OFF');
    expect(toMfaConfigInput(values({ mfa: 'ON' }), 'us-east-1_abc')).toEqual({
      UserPoolId: 'us-east-1_abc',
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    expect(toMfaConfigInput(values({ mfa: 'OPTIONAL' }), 'p')?.MfaConfiguration).toBe('OPTIONAL');
    expect(toMfaConfigInput(values({ mfa: 'OFF' }), 'p')).toBeUndefined();
  });
});

describe('createPoolSchema', () => {
  it("enforces AWS's pool-name pattern and length", () => {
    expect(createPoolSchema.safeParse(values({ name: 'ok name_1+=,.@-' })).success).toBe(true);
    expect(createPoolSchema.safeParse(values({ name: 'bad/name' })).success).toBe(false);
    expect(createPoolSchema.safeParse(values({ name: '' })).success).toBe(false);
    expect(createPoolSchema.safeParse(values({ name: 'a'.repeat(129) })).success).toBe(false);
  });

  it('keeps the password policy within 6–99 and 0–365 days', () => {
    const withPolicy = (minLength: number, days: number) =>
      createPoolSchema.safeParse(
        values({
          password: {
            ...createPoolDefaults.password,
            minLength,
            temporaryPasswordValidityDays: days,
          },
        }),
      ).success;
    expect(withPolicy(6, 0)).toBe(true);
    expect(withPolicy(99, 365)).toBe(true);
    expect(withPolicy(5, 7)).toBe(false);
    expect(withPolicy(100, 7)).toBe(false);
    expect(withPolicy(8, 366)).toBe(false);
  });

  it('requires an identifier when email/phone is the username', () => {
    const result = createPoolSchema.safeParse(
      values({ signInWith: 'identifier', usernameAttributes: [] }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['usernameAttributes']);
  });
});
