import { describe, expect, it } from 'vitest';
import { AwsServiceError } from '@/aws/aws-json';
import { mfaError } from './mfa-error';

const cognito = (name: string, message: string) => new AwsServiceError(name, message, 400);

describe('mfaError', () => {
  it('puts a wrong code at the code field, to be typed again', () => {
    expect(
      mfaError(cognito('CodeMismatchException', 'Invalid code or auth state for the user.')),
    ).toEqual({
      message: 'That code is wrong. Check it and try again.',
      atCode: true,
      startOver: false,
    });
  });

  it('asks to start over when the challenge session has expired', () => {
    const error = mfaError(
      cognito('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
    );
    expect(error).toMatchObject({ atCode: true, startOver: true });
    expect(error.message).toMatch(/expired\. Start over/);
  });

  it('asks to start over after too many tries', () => {
    expect(mfaError(cognito('TooManyFailedAttemptsException', ''))).toMatchObject({
      atCode: true,
      startOver: true,
    });
    expect(
      mfaError(cognito('NotAuthorizedException', 'Invalid session for the user.')).message,
    ).toMatch(/too many wrong codes/);
  });

  it('leaves other errors to the form, in the console’s words', () => {
    expect(mfaError(cognito('InternalErrorException', ''))).toMatchObject({
      atCode: false,
      startOver: false,
    });
  });
});
