import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { idpEndpoint } from './config';
import { addUnreachableEndpointMapping } from './unreachable-middleware';
import { requestOptions } from './request-options';
import { getRuntimeConfig } from './runtime-config';

let client: CognitoIdentityProviderClient | undefined;

/**
 * InitiateAuth, RespondToAuthChallenge and RevokeToken are unsigned operations, so this client has no
 * credentials: it is usable before anyone has signed in.
 */
export function getPublicIdpClient(): CognitoIdentityProviderClient {
  if (!client) {
    const config = getRuntimeConfig();
    const endpoint = idpEndpoint(config, config.region);
    client = new CognitoIdentityProviderClient({
      region: config.region,
      endpoint: config.endpoints?.cognitoIdp,
      ...requestOptions(config),
    });
    addUnreachableEndpointMapping(client, endpoint);
  }
  return client;
}
