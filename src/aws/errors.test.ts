import { describe, expect, it } from 'vitest';
import {
  EndpointUnreachableError,
  getErrorMessage,
  isClientFault,
  isNetworkFailure,
  isSessionRefused,
} from './errors';

function sdkError(
  name: string,
  message: string,
  fault: 'client' | 'server' = 'client',
  requestId?: string,
) {
  return Object.assign(new Error(message), {
    name,
    $fault: fault,
    $metadata: { httpStatusCode: fault === 'client' ? 400 : 500, requestId },
  });
}

describe('getErrorMessage', () => {
  it('keeps the wrong-password sentence and appends the request id', () => {
    expect(
      getErrorMessage(
        sdkError('NotAuthorizedException', 'Incorrect username or password.', 'client', 'r-1'),
      ),
    ).toBe('Incorrect username or password. (Request ID: r-1)');
  });

  it('explains access denied in plain words', () => {
    expect(
      getErrorMessage(sdkError('AccessDeniedException', 'User: arn:... is not authorized')),
    ).toMatch(/^Access denied: your console role is not allowed/);
  });

  it("shows AWS's own text for InvalidParameterException", () => {
    expect(
      getErrorMessage(sdkError('InvalidParameterException', 'Invalid pool name.', 'client', 'abc')),
    ).toBe('Invalid pool name. (Request ID: abc)');
  });

  it('names throttling and running imports', () => {
    expect(getErrorMessage(sdkError('TooManyRequestsException', 'Rate exceeded'))).toMatch(
      /throttling/,
    );
    expect(getErrorMessage(sdkError('UserImportInProgressException', 'x'))).toMatch(
      /import job is running/,
    );
  });

  it('prefixes not-found with AWS detail', () => {
    expect(
      getErrorMessage(
        sdkError('ResourceNotFoundException', 'User pool us-east-1_x does not exist.'),
      ),
    ).toBe('Not found: User pool us-east-1_x does not exist.');
  });

  it('falls back to the AWS message, then the name', () => {
    expect(getErrorMessage(sdkError('SomethingNewException', 'Details here'))).toBe('Details here');
    expect(getErrorMessage(sdkError('SomethingNewException', ''))).toBe('SomethingNewException');
    expect(getErrorMessage(undefined)).toBe('Something went wrong.');
  });

  it('says which endpoint cannot be reached', () => {
    expect(getErrorMessage(new EndpointUnreachableError('http://127.0.0.1:9119'))).toMatch(
      /^Cannot reach http:\/\/127\.0\.0\.1:9119\./,
    );
  });
});

describe('classification', () => {
  it('treats 4xx SDK errors as client faults and 5xx as retryable', () => {
    expect(isClientFault(sdkError('InvalidParameterException', 'x'))).toBe(true);
    expect(isClientFault(sdkError('InternalErrorException', 'x', 'server'))).toBe(false);
    expect(isClientFault(new TypeError('Failed to fetch'))).toBe(false);
  });

  it('recognises a browser network failure but not an HTTP error', () => {
    expect(isNetworkFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isNetworkFailure(sdkError('InvalidParameterException', 'x'))).toBe(false);
  });
});

describe('answers that are not from Cognito', () => {
  it('names a proxy error page by its HTTP status and keeps the request id', () => {
    const deserialization = Object.assign(new SyntaxError('Unexpected token < in JSON'), {
      $metadata: { httpStatusCode: 502, requestId: 'edge-7' },
    });
    expect(getErrorMessage(deserialization)).toBe(
      'Cognito answered with something that is not Cognito (HTTP 502). (Request ID: edge-7)',
    );
    expect(isNetworkFailure(deserialization)).toBe(false);
  });

  it('says a hung endpoint did not answer in time', () => {
    const timeout = Object.assign(new Error('Request did not complete within 10000 ms'), {
      name: 'TimeoutError',
    });
    expect(isNetworkFailure(timeout)).toBe(true);
    expect(
      getErrorMessage(new EndpointUnreachableError('http://127.0.0.1:9119', { timedOut: true })),
    ).toMatch(/did not answer in time/);
  });

  it('ends a session only when Cognito refuses the token', () => {
    expect(isSessionRefused(sdkError('NotAuthorizedException', 'Refresh Token has expired'))).toBe(
      true,
    );
    expect(isSessionRefused(new TypeError('Failed to fetch'))).toBe(false);
    expect(isSessionRefused(sdkError('InternalErrorException', 'x', 'server'))).toBe(false);
    expect(
      isSessionRefused(Object.assign(new SyntaxError('x'), { $metadata: { httpStatusCode: 401 } })),
    ).toBe(false);
  });
});

describe('getErrorMessage in context', () => {
  const gone = () => sdkError('UserNotFoundException', 'User does not exist.', 'client', 'r-9');

  it('reads an unknown user at sign-in as a wrong password', () => {
    expect(getErrorMessage(gone(), { kind: 'sign-in' })).toBe(
      'Incorrect username or password. (Request ID: r-9)',
    );
  });

  it("says on a user's page that the user no longer exists in the pool", () => {
    expect(getErrorMessage(gone(), { kind: 'user', poolName: 'acme-customers' })).toBe(
      'This user no longer exists in acme-customers. (Request ID: r-9)',
    );
  });

  it('never reads an unknown user as a sign-in failure elsewhere in the console', () => {
    expect(getErrorMessage(gone())).toBe('This user does not exist (any more). (Request ID: r-9)');
  });
});
