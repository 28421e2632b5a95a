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

export interface IdpClientOptions {
  /**
   * One attempt per call, no SDK retry: for callers that pace and retry themselves (bulk actions),
   * so a throttle reaches their backoff at once and a retry never leaves their pacing.
   */
  singleAttempt?: boolean;
}

/** A user-pool admin client for `region`, signed with the signed-in user's identity-pool credentials. */
export function getIdpClient(
  region: string,
  { singleAttempt = false }: IdpClientOptions = {},
): CognitoIdentityProviderClient {
  const key = singleAttempt ? `${region} single-attempt` : region;
  let client = clients.get(key);
  if (!client) {
    const config = getRuntimeConfig();
    credentials ??= createConsoleCredentials();
    client = new CognitoIdentityProviderClient({
      region,
      endpoint: config.endpoints?.cognitoIdp,
      credentials,
      ...requestOptions(config),
      ...(singleAttempt ? { maxAttempts: 1 } : {}),
    });
    addUnreachableEndpointMapping(client, idpEndpoint(config, region));
    addSingleFlightWrites(client);
    clients.set(key, client);
  }
  return client;
}
