/** An error that the emulator returns exactly as AWS would: `__type`, message and HTTP status. */
export class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}

export const invalidParameter = (message: string) =>
  new AwsError('InvalidParameterException', message);
export const resourceNotFound = (message: string) =>
  new AwsError('ResourceNotFoundException', message);
export const notAuthorized = (message: string) => new AwsError('NotAuthorizedException', message);
export const userNotFound = (message = 'User does not exist.') =>
  new AwsError('UserNotFoundException', message);
export const internalError = (message = 'An internal error occurred.') =>
  new AwsError('InternalErrorException', message, 500);

/** The emulator's own answer for an operation of the model it does not implement yet. */
export const notImplemented = (operation: string) =>
  new AwsError(
    'NotImplementedException',
    `The Cognito emulator does not implement ${operation} yet.`,
    501,
  );

export const poolNotFound = (poolId: string) =>
  resourceNotFound(`User pool ${poolId} does not exist.`);
