import { AwsError, notAuthorized } from '../protocol/errors.ts';

export const incorrectCredentials = () => notAuthorized('Incorrect username or password.');
export const userDisabled = () => notAuthorized('User is disabled.');
export const userNotConfirmed = () =>
  new AwsError('UserNotConfirmedException', 'User is not confirmed.');
export const passwordResetRequired = () =>
  new AwsError('PasswordResetRequiredException', 'Password reset required for the user');
export const missingParameter = (name: string) =>
  new AwsError('InvalidParameterException', `Missing required parameter ${name}`);
export const flowNotEnabled = () =>
  new AwsError('InvalidParameterException', 'Auth flow not enabled for this client');
export const clientNotFound = (clientId: string) =>
  new AwsError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
export const authMethodNotSupported = () =>
  new AwsError('InvalidParameterException', 'Initiate Auth method not supported.');
