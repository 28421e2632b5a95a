import { describe, expect, it } from 'vitest';
import { fieldForAwsMessage } from './field-errors';

const map = {
  poolName: 'name',
  passwordPolicy: 'password',
  'passwordPolicy.minimumLength': 'password.minLength',
  MinimumLength: 'password.minLength',
} as const;

describe('fieldForAwsMessage', () => {
  it('finds the member in model-validation messages', () => {
    expect(
      fieldForAwsMessage(
        "1 validation error detected: Value 'a/b' at 'poolName' failed to satisfy constraint: Member must satisfy regular expression pattern",
        map,
      ),
    ).toBe('name');
  });

  it('prefers the most specific member', () => {
    expect(
      fieldForAwsMessage("Value '3' at 'policies.passwordPolicy.minimumLength' failed", map),
    ).toBe('password.minLength');
  });

  it('matches prose and ignores case', () => {
    expect(fieldForAwsMessage('minimumLength must be at least 6', map)).toBe('password.minLength');
  });

  it('does not match inside longer words', () => {
    expect(fieldForAwsMessage('poolNames are unique', map)).toBeUndefined();
    expect(fieldForAwsMessage('Something else broke', map)).toBeUndefined();
  });
});
