import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { idpEndpoint } from './config';
import { addUnreachableEndpointMapping } from './unreachable-middleware';
import { requestOptions } from './request-options';
import { getRuntimeConfig } from './runtime-config';

const clients = new Map<string, CognitoIdentityProviderClient>();

/**
 * InitiateAuth, RespondToAuthChallenge, RevokeToken and a user's own operations (SignUp, GetUser…)
 * are unsigned, so this client has no credentials: it is usable before anyone has signed in, and
 * it is what an app's own users call. One per region (the console's own pool's by default).
 */
export function getPublicIdpClient(region?: string): CognitoIdentityProviderClient {
  const config = getRuntimeConfig();
  const forRegion = region ?? config.region;
  let client = clients.get(forRegion);
  if (!client) {
    client = new CognitoIdentityProviderClient({
      region: forRegion,
      endpoint: config.endpoints?.cognitoIdp,
      ...requestOptions(config),
    });
    addUnreachableEndpointMapping(client, idpEndpoint(config, forRegion));
    clients.set(forRegion, client);
  }
  return client;
}

/** Cognito is reached at an endpoint of config.json's (the emulator), not at AWS's own. */
export function customIdpEndpoint(): string | undefined {
  return getRuntimeConfig().endpoints?.cognitoIdp;
}
