import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { idpEndpoint } from './config';
import { createConsoleCredentials } from './credentials';
import { requestOptions } from './request-options';
import { getRuntimeConfig } from './runtime-config';
import { onSignOut } from './session';
import { addSingleFlightWrites } from './single-flight-middleware';
import { addUnreachableEndpointMapping } from './unreachable-middleware';

let credentials: ReturnType<typeof createConsoleCredentials> | undefined;
const clients = new Map<string, CognitoIdentityProviderClient>();

onSignOut(() => {
  credentials = undefined;
  for (const client of clients.values()) client.destroy();
  clients.clear();
});

/** A user-pool admin client for `region`, signed with the signed-in user's identity-pool credentials. */
export function getIdpClient(region: string): CognitoIdentityProviderClient {
  let client = clients.get(region);
  if (!client) {
    const config = getRuntimeConfig();
    credentials ??= createConsoleCredentials();
    client = new CognitoIdentityProviderClient({
      region,
      endpoint: config.endpoints?.cognitoIdp,
      credentials,
      ...requestOptions(config),
    });
    addUnreachableEndpointMapping(client, idpEndpoint(config, region));
    addSingleFlightWrites(client);
    clients.set(region, client);
  }
  return client;
}
