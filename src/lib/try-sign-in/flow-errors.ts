/**
 * What went wrong in a sign-in test, said at the field that caused it. Pure: the exception's name
 * and AWS's message in, the field and the words out.
 */

export type FlowField = 'username' | 'password' | 'newPassword' | 'code' | 'form';

export interface FlowError {
  field: FlowField;
  message: string;
}

export interface FlowErrorContext {
  /** The app client's PreventUserExistenceErrors is ENABLED. */
  hidesUserExistence: boolean;
}

export function flowError(
  name: string,
  awsMessage: string,
  { hidesUserExistence }: FlowErrorContext,
): FlowError {
  switch (name) {
    case 'CodeMismatchException':
      return { field: 'code', message: 'That code is wrong. Check it and try again.' };
    case 'ExpiredCodeException':
      return {
        field: 'code',
        message: 'That code has expired or was already used. Ask for a new code.',
      };
    case 'TooManyFailedAttemptsException':
      return {
        field: 'code',
        message: 'Too many wrong codes: Cognito refuses this one now. Ask for a new code.',
      };
    case 'LimitExceededException':
      return {
        field: 'code',
        message: `Too many tries: Cognito refuses more for a while. Wait, then try again. (${awsMessage})`,
      };
    case 'EnableSoftwareTokenMFAException':
      return {
        field: 'code',
        message: 'That code does not match the authenticator app. Check the time on the device.',
      };
    case 'UserNotFoundException':
      return {
        field: 'username',
        message:
          'No such user in this pool. Cognito says so because this client does not prevent user existence errors (PreventUserExistenceErrors is LEGACY).',
      };
    case 'UsernameExistsException':
      return { field: 'username', message: 'A user with this name already exists.' };
    case 'AliasExistsException':
      return {
        field: 'username',
        message: awsMessage || 'Another user already has this email or phone.',
      };
    case 'UserNotConfirmedException':
      return {
        field: 'username',
        message: 'This user has not confirmed their sign-up yet: confirm it with the code first.',
      };
    case 'PasswordResetRequiredException':
      return {
        field: 'password',
        message: 'This user must reset their password first: use Forgot password.',
      };
    case 'InvalidPasswordException':
      return {
        field: 'newPassword',
        message: awsMessage || 'The password breaks the pool’s policy.',
      };
    case 'NotAuthorizedException':
      if (/incorrect username or password/i.test(awsMessage)) {
        return {
          field: 'password',
          message: hidesUserExistence
            ? 'Incorrect username or password. (This client prevents user existence errors: an unknown user gets the same answer.)'
            : 'Incorrect username or password.',
        };
      }
      return { field: 'form', message: awsMessage || 'Cognito refused this.' };
    default:
      return { field: 'form', message: awsMessage ? `${name}: ${awsMessage}` : name };
  }
}
