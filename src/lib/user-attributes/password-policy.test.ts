import { describe, expect, it } from 'vitest';
import {
  describePasswordPolicy,
  passwordPolicyMessage,
  passwordPolicyProblems,
} from './password-policy';

const strict = {
  MinimumLength: 10,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

describe('passwordPolicyProblems', () => {
  it('lists everything a password lacks', () => {
    expect(passwordPolicyProblems('abc', strict)).toEqual([
      'at least 10 characters',
      'an uppercase letter',
      'a number',
      'a symbol such as ! @ # $ %',
    ]);
  });

  it('accepts a password meeting the policy', () => {
    expect(passwordPolicyProblems('Abcdefgh1!', strict)).toEqual([]);
    expect(passwordPolicyMessage('Abcdefgh1!', strict)).toBeUndefined();
  });

  it('uses the default minimum of 8 and refuses surrounding spaces', () => {
    expect(passwordPolicyProblems('short', undefined)).toEqual(['at least 8 characters']);
    expect(passwordPolicyProblems(' longenough', {})).toEqual(['no space at the start or end']);
  });

  it('counts an inner space as a symbol', () => {
    expect(passwordPolicyProblems('Abcd efg1', { RequireSymbols: true })).toEqual([]);
  });

  it('phrases the message and the policy', () => {
    expect(passwordPolicyMessage('a', { MinimumLength: 6 })).toBe(
      "The pool's password policy needs at least 6 characters.",
    );
    expect(describePasswordPolicy(strict)).toBe(
      'Password policy: at least 10 characters, an uppercase letter, a lowercase letter, a number, a symbol.',
    );
  });
});
