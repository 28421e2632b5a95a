import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers';
import { identityEndpoint } from './config';
import { EndpointUnreachableError, isNetworkFailure, isTimeout } from './errors';
import { requestOptions } from './request-options';
import { getRuntimeConfig } from './runtime-config';
import { freshIdToken } from './session';

type CredentialProvider = ReturnType<typeof fromCognitoIdentityPool>;
type Credentials = Awaited<ReturnType<CredentialProvider>>;

/** The SDK would default to localStorage for the identity id; keep everything in memory instead. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Identity-pool credentials for the signed-in user, shared by the clients of every region (one
 * GetId per sign-in, one GetCredentialsForIdentity per hour instead of one per region).
 */
export function createConsoleCredentials(): CredentialProvider {
  const config = getRuntimeConfig();
  const endpoint = identityEndpoint(config);
  const base = fromCognitoIdentityPool({
    identityPoolId: config.identityPoolId,
    clientConfig: {
      region: config.region,
      endpoint: config.endpoints?.cognitoIdentity,
      ...requestOptions(config),
    },
    cache: memoryStorage(),
    logins: {
      [`cognito-idp.${config.region}.amazonaws.com/${config.userPoolId}`]: freshIdToken,
    },
  });
  let pending: Promise<Credentials> | undefined;
  let current: Credentials | undefined;

  const fetchCredentials = async (): Promise<Credentials> => {
    try {
      current = await base();
      return current;
    } catch (error) {
      if (isNetworkFailure(error)) {
        throw new EndpointUnreachableError(endpoint, { cause: error, timedOut: isTimeout(error) });
      }
      throw error;
    } finally {
      pending = undefined;
    }
  };

  return async () => {
    const expiresAt = current?.expiration?.getTime() ?? 0;
    if (current && expiresAt - Date.now() > REFRESH_MARGIN_MS) return current;
    pending ??= fetchCredentials();
    return pending;
  };
}
