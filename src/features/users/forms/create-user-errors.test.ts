import { describe, expect, it } from 'vitest';
import { createUserErrorField } from './create-user-errors';

const awsError = (name: string, message: string) => Object.assign(new Error(message), { name });
const context = {
  attributeNames: ['email', 'phone_number', 'preferred_username', 'custom:tier'],
  aliasAttributes: ['email', 'preferred_username'],
};

describe('createUserErrorField', () => {
  it('routes the create refusals to their fields', () => {
    expect(createUserErrorField(awsError('UsernameExistsException', 'exists'), context)).toBe(
      'username',
    );
    expect(createUserErrorField(awsError('InvalidPasswordException', 'weak'), context)).toBe(
      'temporaryPassword',
    );
    expect(
      createUserErrorField(
        awsError('AliasExistsException', 'An account with the email already exists.'),
        context,
      ),
    ).toBe('attributes.email');
    expect(
      createUserErrorField(
        awsError('AliasExistsException', 'An account with the preferred_username already exists.'),
        context,
      ),
    ).toBe('attributes.preferred_username');
    expect(
      createUserErrorField(
        awsError('InvalidParameterException', 'Invalid value for custom:tier: too long'),
        context,
      ),
    ).toBe('attributes.custom:tier');
    expect(createUserErrorField(awsError('TooManyRequestsException', 'slow'), context)).toBe(
      undefined,
    );
  });
});
