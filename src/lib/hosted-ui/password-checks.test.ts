import { describe, expect, it } from 'vitest';
import { hostedPasswordChecks } from './password-checks';

describe('hostedPasswordChecks', () => {
  const policy = {
    MinimumLength: 10,
    RequireLowercase: true,
    RequireUppercase: true,
    RequireNumbers: true,
    RequireSymbols: true,
  };

  it('lists each rule of the policy, met or not', () => {
    expect(hostedPasswordChecks(policy, 'abcD!')).toEqual([
      { text: 'Password must contain a lower case letter', valid: true },
      { text: 'Password must contain an upper case letter', valid: true },
      { text: 'Password must contain a number', valid: false },
      { text: 'Password must contain a special character', valid: true },
      { text: 'Password must contain at least 10 characters', valid: false },
    ]);
  });

  it('lists only the length, at Cognito’s default of 8, without a policy', () => {
    expect(hostedPasswordChecks(undefined, '')).toEqual([
      { text: 'Password must contain at least 8 characters', valid: false },
    ]);
  });
});
