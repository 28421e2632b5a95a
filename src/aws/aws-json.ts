import { EndpointUnreachableError, isNetworkFailure, isTimeout } from './errors';

/**
 * A small client for AWS JSON 1.1, the protocol of Cognito's unsigned calls (sign-in, refresh,
 * revoke, the identity pool's exchange of an ID token for credentials). The sign-in page needs
 * only these, so it runs without the SDK; the errors it throws have the SDK's shape (`name`,
 * `message`, `$fault`, `$metadata`), so errors.ts reads both alike.
 */

/** An exception Cognito answered, named by its `__type` (or x-amzn-ErrorType). */
export class AwsServiceError extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { httpStatusCode: number; requestId?: string };
  constructor(name: string, message: string, httpStatusCode: number, requestId?: string) {
    super(message);
    this.name = name;
    this.$fault = httpStatusCode >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode, requestId };
  }
}

/** An HTTP answer that is not Cognito's JSON (a proxy's error page, a captive portal): no `$fault`. */
export class NotAwsJsonError extends Error {
  override name = 'NotAwsJsonError';
  readonly $metadata: { httpStatusCode: number; requestId?: string };
  constructor(httpStatusCode: number, requestId?: string) {
    super(`The answer (HTTP ${httpStatusCode}) is not AWS JSON.`);
    this.$metadata = { httpStatusCode, requestId };
  }
}

/** As the SDK reads an error code: "aws.protocols#NotAuthorizedException:http://…" → "NotAuthorizedException". */
export function errorCodeOf(raw: string): string {
  let code = raw.split(',')[0]!.split(':')[0]!;
  if (code.includes('#')) code = code.split('#')[1]!;
  return code.trim();
}

const THROTTLING = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'LimitExceededException',
  'SlowDown',
]);

function isThrottling(error: unknown): boolean {
  return error instanceof AwsServiceError && THROTTLING.has(error.name);
}

/** What the SDK's standard retry strategy retries: throttling, 5xx and answers that never came. */
function isRetryable(error: unknown): boolean {
  if (error instanceof AwsServiceError) return error.$fault === 'server' || isThrottling(error);
  if (error instanceof NotAwsJsonError) return error.$metadata.httpStatusCode >= 500;
  return isNetworkFailure(error);
}

/** The SDK's backoff: full jitter over 100 ms × 2^attempt (500 ms when throttled), at most 20 s. */
function backoffMs(attempt: number, error: unknown): number {
  const base = isThrottling(error) ? 500 : 100;
  return Math.random() * Math.min(20_000, base * 2 ** attempt);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

export interface AwsJsonCall {
  endpoint: string;
  /** X-Amz-Target, e.g. "AWSCognitoIdentityProviderService.InitiateAuth". */
  target: string;
  input: object;
  /** Per attempt; the browser's fetch has none, so a hung connection would spin for ever. */
  timeoutMs: number;
  /** Attempts in all, as the SDK's maxAttempts. */
  maxAttempts: number;
  /** Ends every attempt and the waits between them. */
  signal?: AbortSignal;
}

async function attempt(call: AwsJsonCall): Promise<unknown> {
  const timeout = AbortSignal.timeout(call.timeoutMs);
  const response = await fetch(call.endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': call.target,
    },
    body: JSON.stringify(call.input),
    cache: 'no-store',
    signal: call.signal ? AbortSignal.any([call.signal, timeout]) : timeout,
  });
  const requestId =
    response.headers.get('x-amzn-requestid') ??
    response.headers.get('x-amz-request-id') ??
    undefined;
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = text === '' ? {} : JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) throw new SyntaxError('not an object');
    body = parsed as Record<string, unknown>;
  } catch {
    throw new NotAwsJsonError(response.status, requestId);
  }
  if (response.ok) return body;
  const rawCode =
    response.headers.get('x-amzn-errortype') ??
    (typeof body.code === 'string' ? body.code : undefined) ??
    (typeof body.__type === 'string' ? body.__type : undefined);
  const message = body.message ?? body.Message;
  throw new AwsServiceError(
    rawCode ? errorCodeOf(rawCode) : 'UnknownError',
    typeof message === 'string' ? message : '',
    response.status,
    requestId,
  );
}

/**
 * POSTs one AWS JSON 1.1 request and returns the parsed answer. Throttling, 5xx and network
 * failures are retried with the SDK's backoff; a request that never gets through ends in
 * EndpointUnreachableError naming the endpoint.
 */
export async function callAwsJson<Output>(call: AwsJsonCall): Promise<Output> {
  for (let attemptNo = 1; ; attemptNo++) {
    try {
      return (await attempt(call)) as Output;
    } catch (error) {
      if (!call.signal?.aborted && attemptNo < call.maxAttempts && isRetryable(error)) {
        await sleep(backoffMs(attemptNo, error), call.signal).catch(() => undefined);
        if (!call.signal?.aborted) continue;
      }
      if (isNetworkFailure(error)) {
        throw new EndpointUnreachableError(call.endpoint, {
          cause: error,
          timedOut: isTimeout(error) || (call.signal?.aborted ?? false),
        });
      }
      throw error;
    }
  }
}
