import { describe, expect, it } from 'vitest';
import {
  creatableAttributes,
  toCreateUserInput,
  validateCreateUser,
  type CreateUserFormValues,
  type CreateUserPool,
} from './create-user-input';
import { toAttributeDefinitions } from '@/lib/user-attributes/schema';

const aliasPool: CreateUserPool = {
  schema: toAttributeDefinitions([
    { Name: 'sub', Mutable: false, Required: true },
    { Name: 'name', Required: true },
    { Name: 'email' },
    { Name: 'email_verified', AttributeDataType: 'Boolean' },
    { Name: 'phone_number' },
    {
      Name: 'custom:tier',
      StringAttributeConstraints: { MinLength: '1', MaxLength: '4' },
    },
  ]),
  usernameAttributes: [],
  passwordPolicy: { MinimumLength: 8, RequireNumbers: true },
};

const emailPool: CreateUserPool = {
  schema: toAttributeDefinitions([
    { Name: 'sub', Mutable: false, Required: true },
    { Name: 'email', Required: true },
  ]),
  usernameAttributes: ['email'],
};

const values = (overrides: Partial<CreateUserFormValues> = {}): CreateUserFormValues => ({
  username: 'ann',
  attributes: { name: 'Ann', email: 'ann@example.com' },
  emailVerified: true,
  phoneVerified: false,
  invitation: 'send',
  sendEmail: true,
  sendSms: false,
  temporaryPassword: '',
  forceAliasCreation: false,
  ...overrides,
});

describe('creatableAttributes', () => {
  it('leaves out sub, verified flags and a single username attribute', () => {
    expect(creatableAttributes(aliasPool).map((d) => d.name)).toEqual([
      'name',
      'email',
      'phone_number',
      'custom:tier',
    ]);
    expect(creatableAttributes(emailPool)).toEqual([]);
  });
});

describe('validateCreateUser', () => {
  it('accepts a complete form', () => {
    expect(validateCreateUser(aliasPool, values())).toEqual([]);
  });

  it('puts each problem at its field', () => {
    const issues = validateCreateUser(
      aliasPool,
      values({
        username: '',
        attributes: { 'custom:tier': 'toolong' },
        sendSms: true,
        temporaryPassword: 'short',
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'username',
      'attributes.name',
      'attributes.custom:tier',
      'sendEmail',
      'sendSms',
      'temporaryPassword',
    ]);
  });

  it('checks the username as an email when email is the username', () => {
    expect(validateCreateUser(emailPool, values({ username: 'nope', attributes: {} }))).toEqual([
      { path: 'username', message: 'Enter an email address such as name@example.com.' },
    ]);
    expect(
      validateCreateUser(emailPool, values({ username: 'a@example.com', attributes: {} })),
    ).toEqual([]);
  });

  it('needs a medium only when sending', () => {
    expect(
      validateCreateUser(aliasPool, values({ sendEmail: false, invitation: 'suppress' })),
    ).toEqual([]);
    expect(validateCreateUser(aliasPool, values({ sendEmail: false }))[0]?.path).toBe('sendEmail');
  });
});

describe('toCreateUserInput', () => {
  it('sends the invitation by the chosen mediums with verified email', () => {
    expect(toCreateUserInput('p', aliasPool, values({ temporaryPassword: 'Passw0rd!' }))).toEqual({
      UserPoolId: 'p',
      Username: 'ann',
      UserAttributes: [
        { Name: 'name', Value: 'Ann' },
        { Name: 'email', Value: 'ann@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ],
      TemporaryPassword: 'Passw0rd!',
      ForceAliasCreation: false,
      DesiredDeliveryMediums: ['EMAIL'],
    });
  });

  it('suppresses the message and omits empty values', () => {
    const input = toCreateUserInput(
      'p',
      aliasPool,
      values({ invitation: 'suppress', attributes: { name: 'Ann', email: ' ' } }),
    );
    expect(input.MessageAction).toBe('SUPPRESS');
    expect(input).not.toHaveProperty('DesiredDeliveryMediums');
    expect(input).not.toHaveProperty('TemporaryPassword');
    expect(input.UserAttributes).toEqual([{ Name: 'name', Value: 'Ann' }]);
  });

  it('lets the username carry the email in email-as-username pools', () => {
    const input = toCreateUserInput(
      'p',
      emailPool,
      values({ username: 'a@example.com', attributes: {}, emailVerified: true }),
    );
    expect(input.Username).toBe('a@example.com');
    expect(input.UserAttributes).toEqual([{ Name: 'email_verified', Value: 'true' }]);
  });
});
