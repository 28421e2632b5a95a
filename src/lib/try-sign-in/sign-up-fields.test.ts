import { describe, expect, it } from 'vitest';
import { signUpAttributes, signUpFields } from './sign-up-fields';

describe('signUpFields', () => {
  it('asks for the email as the username and for each required attribute', () => {
    const fields = signUpFields({
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      SchemaAttributes: [
        { Name: 'sub', Required: true },
        { Name: 'email', Required: true },
        { Name: 'name', Required: true },
        { Name: 'custom:tier', Required: false },
      ],
    });
    expect(fields).toEqual({
      username: { label: 'Email (the username)', attribute: 'email' },
      attributes: [{ name: 'name', required: true }],
    });
    expect(signUpAttributes(fields, 'a@example.com', new Map([['name', ' Ann ']]))).toEqual([
      { Name: 'email', Value: 'a@example.com' },
      { Name: 'name', Value: 'Ann' },
    ]);
  });

  it('offers the automatically verified email, where the code goes, when it is not required', () => {
    const fields = signUpFields({ AutoVerifiedAttributes: ['email'], SchemaAttributes: [] });
    expect(fields).toEqual({
      username: { label: 'Username' },
      attributes: [{ name: 'email', required: false }],
    });
    expect(signUpAttributes(fields, 'ann', new Map())).toEqual([]);
  });
});
