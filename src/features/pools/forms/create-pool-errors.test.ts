import { describe, expect, it } from 'vitest';
import { createPoolErrorField } from './create-pool-errors';

const awsError = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $fault: 'client' as const, $metadata: {} });

describe('createPoolErrorField', () => {
  it('routes a refused member to its field', () => {
    expect(
      createPoolErrorField(
        awsError(
          'InvalidParameterException',
          "1 validation error detected: Value 'x/y' at 'poolName' failed to satisfy constraint",
        ),
      ),
    ).toBe('name');
    expect(
      createPoolErrorField(
        awsError(
          'InvalidParameterException',
          "Value '3' at 'policies.passwordPolicy.minimumLength' failed",
        ),
      ),
    ).toBe('password.minLength');
    expect(
      createPoolErrorField(
        awsError(
          'InvalidParameterException',
          'Only one of AliasAttributes or UsernameAttributes can be set',
        ),
      ),
    ).toBe('usernameAttributes');
  });

  it('sends everything else to the top of the form', () => {
    expect(
      createPoolErrorField(awsError('LimitExceededException', 'poolName limit')),
    ).toBeUndefined();
    expect(
      createPoolErrorField(awsError('InvalidParameterException', 'Something odd')),
    ).toBeUndefined();
    expect(createPoolErrorField(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});
