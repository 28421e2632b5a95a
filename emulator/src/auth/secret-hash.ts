import { createHmac } from 'node:crypto';
import { notAuthorized } from '../protocol/errors.ts';
import type { AppClientRecord } from '../users/clients.ts';

export function secretHash(clientSecret: string, username: string, clientId: string): string {
  return createHmac('sha256', clientSecret)
    .update(username + clientId)
    .digest('base64');
}

/**
 * For clients with a secret: SECRET_HASH must be HMAC(secret, username + clientId). The username may
 * be any of the names the request can have used (sign-in name, real username).
 */
export function checkSecretHash(
  client: AppClientRecord,
  usernames: string[],
  given: string | undefined,
): void {
  const secret = client.ClientSecret as string | undefined;
  if (!secret) return;
  if (!given) {
    throw notAuthorized(
      `Client ${client.ClientId} is configured for secret but secret was not received`,
    );
  }
  if (!usernames.some((name) => secretHash(secret, name, client.ClientId) === given)) {
    throw notAuthorized(`Unable to verify secret hash for client ${client.ClientId}`);
  }
}
