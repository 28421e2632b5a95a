/**
 * Turns anything thrown by the SDK (or the browser under it) into words a console user can act on.
 * Deliberately structural (reads `name`, `$fault`, `$metadata`) so it works for every client and
 * needs no SDK import.
 */

export class EndpointUnreachableError extends Error {
  override name = 'EndpointUnreachableError';
  constructor(
    readonly endpoint: string,
    options?: { cause?: unknown; timedOut?: boolean },
  ) {
    super(
      options?.timedOut
        ? `${endpoint} did not answer in time. Check your network connection and try again.`
        : `Cannot reach ${endpoint}. Check your network connection and the endpoint in config.json.`,
      options,
    );
  }
}

interface SdkErrorLike {
  name?: unknown;
  message?: unknown;
  $fault?: unknown;
  $metadata?: { requestId?: unknown; httpStatusCode?: unknown };
}

function asSdkError(error: unknown): SdkErrorLike | undefined {
  return typeof error === 'object' && error !== null ? (error as SdkErrorLike) : undefined;
}

function awsMessage(error: SdkErrorLike): string {
  return typeof error.message === 'string' && error.message.trim() !== ''
    ? error.message.trim()
    : '';
}

const messagesByName: Record<string, (awsText: string) => string> = {
  NotAuthorizedException: (t) =>
    /incorrect username or password/i.test(t)
      ? 'Incorrect username or password.'
      : t || 'You are not authorized to do this.',
  PasswordResetRequiredException: () =>
    'Your password was reset by an administrator. Reset it before signing in.',
  UserNotConfirmedException: () => 'This account has not been confirmed yet.',
  AccessDeniedException: () =>
    'Access denied: your console role is not allowed to do this. Ask an administrator if you need it.',
  AccessDenied: () =>
    'Access denied: your console role is not allowed to do this. Ask an administrator if you need it.',
  ResourceNotFoundException: (t) => (t ? `Not found: ${t}` : 'It does not exist (any more).'),
  InvalidParameterException: (t) => t || 'AWS refused one of the values.',
  InvalidPasswordException: (t) => t || 'The password does not meet the pool’s password policy.',
  TooManyRequestsException: () =>
    'AWS is throttling requests (too many per second). Wait a moment and try again.',
  LimitExceededException: (t) => (t ? `A limit was reached: ${t}` : 'A limit was reached.'),
  UserImportInProgressException: () =>
    'A user import job is running in this pool. Wait for it to finish, then try again.',
  ConcurrentModificationException: () =>
    'Someone else changed this at the same time. Reload and try again.',
  ExpiredTokenException: () => 'Your session has expired. Sign in again.',
  UnrecognizedClientException: () => 'Your session is no longer valid. Sign in again.',
  InternalErrorException: () => 'AWS had an internal error. Try again in a moment.',
  CodeMismatchException: (t) => t || 'The code is wrong.',
};

/**
 * Where the error happened. The same exception means different things: at sign-in an unknown user
 * must read like a wrong password (Cognito's advice against revealing who has an account); on a
 * user's page it means the user was deleted.
 */
export type ErrorContext =
  { kind: 'sign-in' } | { kind: 'user'; poolName: string } | { kind: 'console' };

function contextualMessage(name: string, context: ErrorContext): string | undefined {
  if (name !== 'UserNotFoundException') return undefined;
  switch (context.kind) {
    case 'sign-in':
      return 'Incorrect username or password.';
    case 'user':
      return `This user no longer exists in ${context.poolName}.`;
    case 'console':
      return 'This user does not exist (any more).';
  }
}

function withRequestId(message: string, sdk: SdkErrorLike): string {
  const requestId = sdk.$metadata?.requestId;
  return typeof requestId === 'string' && requestId
    ? `${message} (Request ID: ${requestId})`
    : message;
}

/**
 * An HTTP answer the SDK could not read as Cognito's: a proxy's HTML 502, a captive portal. Every
 * exception Cognito itself sends carries `$fault`; a failed deserialization has only the status.
 */
export function isNotCognitoAnswer(error: unknown): boolean {
  const sdk = asSdkError(error);
  return typeof sdk?.$metadata?.httpStatusCode === 'number' && sdk.$fault === undefined;
}

/** One sentence (plus AWS's request id when there is one) for any thrown value. */
export function getErrorMessage(
  error: unknown,
  context: ErrorContext = { kind: 'console' },
): string {
  if (error instanceof EndpointUnreachableError) return error.message;
  const sdk = asSdkError(error);
  if (!sdk) return typeof error === 'string' && error ? error : 'Something went wrong.';
  if (isNotCognitoAnswer(error)) {
    const status = String(sdk.$metadata?.httpStatusCode);
    return withRequestId(
      `Cognito answered with something that is not Cognito (HTTP ${status}).`,
      sdk,
    );
  }
  const name = typeof sdk.name === 'string' ? sdk.name : '';
  const text = awsMessage(sdk);
  const mapped = messagesByName[name];
  let message =
    contextualMessage(name, context) ??
    (mapped ? mapped(text) : text || name || 'Something went wrong.');
  if (!mapped && !contextualMessage(name, context) && sdk.$fault === 'server' && !text)
    message = 'AWS had an internal error.';
  return withRequestId(message, sdk);
}

export function errorName(error: unknown): string | undefined {
  const name = asSdkError(error)?.name;
  return typeof name === 'string' ? name : undefined;
}

/** Client faults (4xx: bad input, denied, not found) will fail the same way again; don't retry. */
export function isClientFault(error: unknown): boolean {
  return asSdkError(error)?.$fault === 'client';
}

/**
 * Cognito itself refused the refresh token (expired, revoked, user disabled or deleted): the only
 * answer that ends a session. A network failure, a timeout or a proxy's error page never does.
 */
export function isSessionRefused(error: unknown): boolean {
  const sdk = asSdkError(error);
  return (
    sdk?.$fault === 'client' &&
    (sdk.name === 'NotAuthorizedException' || sdk.name === 'UserNotFoundException')
  );
}

/** The request got no answer in the allowed time (the SDK's requestTimeout or an AbortSignal.timeout). */
export function isTimeout(error: unknown): boolean {
  const sdk = asSdkError(error);
  return sdk?.name === 'TimeoutError' && sdk.$metadata?.httpStatusCode === undefined;
}

/** fetch() rejects with a bare TypeError when the host is unreachable or CORS fails. */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof EndpointUnreachableError) return true;
  const sdk = asSdkError(error);
  if (!sdk || sdk.$metadata?.httpStatusCode !== undefined) return false;
  return (
    sdk.name === 'TypeError' ||
    sdk.name === 'NetworkError' ||
    sdk.name === 'TimeoutError' ||
    (typeof sdk.message === 'string' &&
      /failed to fetch|networkerror|load failed|ECONNREFUSED/i.test(sdk.message))
  );
}
