import { idpEndpoint } from './config';
import { EndpointUnreachableError } from './errors';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './request-options';
import { getRuntimeConfig } from './runtime-config';

/** The pool's key set answered 404 (or 400): no such pool in that region. */
export class PoolKeysNotFoundError extends Error {
  override name = 'PoolKeysNotFoundError';
  /** A client fault: asking again gives the same answer. */
  readonly $fault = 'client';
  constructor(readonly poolId: string) {
    super(`User pool ${poolId} does not exist: its signing keys are not published.`);
  }
}

export class PoolKeysUnreadableError extends Error {
  override name = 'PoolKeysUnreadableError';
  readonly $fault = 'client';
  constructor(
    readonly poolId: string,
    detail: string,
  ) {
    super(`The signing keys of ${poolId} could not be read: ${detail}.`);
  }
}

/** The console's own policy (CSP connect-src) lets it reach Cognito only in its configured regions. */
export class RegionNotConfiguredError extends Error {
  override name = 'RegionNotConfiguredError';
  readonly $fault = 'client';
  constructor(
    readonly region: string,
    regions: readonly string[],
  ) {
    super(
      `The console reaches Cognito only in ${regions.join(', ')} (config.json regions); add ${region} there to check tokens of its pools.`,
    );
  }
}

/**
 * The configured Cognito endpoint when it replaces AWS's (the emulator), which also serves the
 * pools' key sets; undefined on AWS, where they are under each token's issuer.
 */
export function configuredIdpEndpoint(): string | undefined {
  const config = getRuntimeConfig();
  return config.endpoints?.cognitoIdp ? idpEndpoint(config, config.region) : undefined;
}

/** Downloads a pool's JSON Web Key Set (public, unsigned: anyone may read it). */
export async function fetchPoolKeySet(
  poolId: string,
  region: string,
  url: string,
): Promise<unknown> {
  const config = getRuntimeConfig();
  if (!config.endpoints?.cognitoIdp && !config.regions.includes(region)) {
    throw new RegionNotConfiguredError(region, config.regions);
  }
  const timeout = config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeout),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new EndpointUnreachableError(new URL(url).origin, { cause: error, timedOut });
  }
  if (response.status === 404 || response.status === 400) throw new PoolKeysNotFoundError(poolId);
  if (!response.ok) throw new PoolKeysUnreadableError(poolId, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new PoolKeysUnreadableError(poolId, 'the answer is not JSON');
  }
}
