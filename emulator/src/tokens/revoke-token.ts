import { timingSafeEqual } from 'node:crypto';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { findClient } from '../users/clients.ts';
import { revokeFamily } from './revocation.ts';

interface RevokeTokenInput {
  Token: string;
  ClientId: string;
  ClientSecret?: string;
}

const unauthorized = (message: string) => new AwsError('UnauthorizedException', message);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * RevokeToken: ends the session of a refresh token. The refresh token no longer refreshes, and the
 * ID and access tokens issued with it or from it (same origin_jti) are refused by Cognito's own
 * operations and the identity pool. Unsigned: the app client authenticates with its secret, if any.
 * A refresh token the pool does not know is not an error (RFC 7009: nothing left to revoke).
 */
export function revokeToken(input: RevokeTokenInput, ctx: RequestContext): object {
  const found = findClient(ctx.store.state, input.ClientId);
  if (!found || found.client.ClientId !== input.ClientId) {
    throw unauthorized(`Client ${input.ClientId} is not authorized to revoke tokens.`);
  }
  const { client } = found;
  const secret = client.ClientSecret as string | undefined;
  if (secret !== undefined) {
    if (input.ClientSecret === undefined) {
      throw unauthorized(
        `Client ${client.ClientId} is configured with secret but secret was not received`,
      );
    }
    if (!sameSecret(input.ClientSecret, secret)) {
      throw unauthorized(`Unable to verify secret for client ${client.ClientId}`);
    }
  }
  if (client.EnableTokenRevocation === false) {
    throw new AwsError(
      'UnsupportedOperationException',
      `Token revocation is not enabled for client ${client.ClientId}.`,
    );
  }
  // ID and access tokens are JWTs (three dot-separated parts); only refresh tokens are revocable.
  if (input.Token.split('.').length === 3) {
    throw new AwsError('UnsupportedTokenTypeException', 'Only refresh tokens can be revoked.');
  }
  const tokens = ctx.store.state.refreshTokens;
  const record = tokens.get(input.Token);
  if (!record) return {};
  if (record.clientId !== client.ClientId) {
    throw unauthorized(`Client ${client.ClientId} did not issue this refresh token.`);
  }
  if (record.originJti) {
    revokeFamily(ctx.store, record.originJti, record.expiresAt, Math.floor(ctx.now / 1000));
  } else {
    tokens.delete(input.Token);
    ctx.store.touch('refreshTokens', input.Token);
  }
  return {};
}
