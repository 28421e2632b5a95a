import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { EndpointUnreachableError, isNetworkFailure, isTimeout } from './errors';

/** Rewrites the browser's bare "Failed to fetch" (or a timeout) into an error that names the endpoint. */
export function addUnreachableEndpointMapping(
  client: CognitoIdentityProviderClient,
  endpoint: string,
): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (isNetworkFailure(error) && !(error instanceof EndpointUnreachableError)) {
          throw new EndpointUnreachableError(endpoint, {
            cause: error,
            timedOut: isTimeout(error),
          });
        }
        throw error;
      }
    },
    { step: 'initialize', name: 'consoleUnreachableEndpoint' },
  );
}
