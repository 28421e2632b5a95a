import { errorName, getErrorMessage } from '@/aws/errors';

export interface MfaError {
  message: string;
  /** The code field's error, rather than the form's. */
  atCode: boolean;
  /** The challenge cannot go on: only starting the sign-in again helps. */
  startOver: boolean;
}

/** What went wrong in an MFA step, in words an operator can act on. */
export function mfaError(error: unknown): MfaError {
  const name = errorName(error);
  const text = error instanceof Error ? error.message : '';
  switch (name) {
    case 'CodeMismatchException':
      return {
        message: 'That code is wrong. Check it and try again.',
        atCode: true,
        startOver: false,
      };
    case 'EnableSoftwareTokenMFAException':
      return {
        message:
          'That code does not match the authenticator app. Type the code it shows now, and check the time on the device.',
        atCode: true,
        startOver: false,
      };
    case 'ExpiredCodeException':
      return {
        message: 'That code has expired. Start over to get a new one.',
        atCode: true,
        startOver: true,
      };
    case 'TooManyFailedAttemptsException':
    case 'LimitExceededException':
    case 'TooManyRequestsException':
      return {
        message:
          'Too many tries: Cognito refuses more for a while. Wait a few minutes, then start over.',
        atCode: true,
        startOver: true,
      };
    case 'NotAuthorizedException':
      if (/session is expired/i.test(text)) {
        return {
          message: 'This sign-in took too long and has expired. Start over.',
          atCode: true,
          startOver: true,
        };
      }
      if (/session/i.test(text)) {
        return {
          message:
            'This sign-in cannot go on (too many wrong codes, or it was already finished). Start over.',
          atCode: true,
          startOver: true,
        };
      }
      return {
        message: getErrorMessage(error, { kind: 'sign-in' }),
        atCode: false,
        startOver: true,
      };
    default:
      return {
        message: getErrorMessage(error, { kind: 'sign-in' }),
        atCode: false,
        startOver: false,
      };
  }
}
