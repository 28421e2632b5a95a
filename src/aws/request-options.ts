import type { ConsoleConfig } from './config';

/** Long enough for a slow link, short enough that a backend that never answers ends in Retry. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/**
 * What every SDK client of the console shares: a timeout per attempt (the browser's fetch has
 * none, so a hung connection would spin forever) and three attempts for throttling, 5xx and
 * timeouts.
 */
export function requestOptions(config: ConsoleConfig) {
  return {
    maxAttempts: 3,
    requestHandler: { requestTimeout: config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS },
  };
}
