import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { idpEndpoint } from './config';
import { addUnreachableEndpointMapping } from './unreachable-middleware';
import { getRuntimeConfig } from './runtime-config';

let client: CognitoIdentityProviderClient | undefined;

/**
 * InitiateAuth and RespondToAuthChallenge are unsigned operations, so this client has no
 * credentials: it is usable before anyone has signed in.
 */
export function getPublicIdpClient(): CognitoIdentityProviderClient {
  if (!client) {
    const config = getRuntimeConfig();
    const endpoint = idpEndpoint(config, config.region);
    client = new CognitoIdentityProviderClient({
      region: config.region,
      endpoint: config.endpoints?.cognitoIdp,
      maxAttempts: 3,
    });
    addUnreachableEndpointMapping(client, endpoint);
  }
  return client;
}
