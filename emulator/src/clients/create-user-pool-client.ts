import type { RequestContext } from '../protocol/context.ts';
import { AwsError, invalidParameter } from '../protocol/errors.ts';
import { newClientId, newClientSecret } from '../users/ids.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { buildClientRecord, type ClientSettingsInput } from './client-record.ts';

/** AWS's quota of app clients per user pool. */
export const MAX_CLIENTS = 1000;

export interface CreateClientInput extends ClientSettingsInput {
  UserPoolId: string;
  ClientName: string;
  GenerateSecret?: boolean;
  ClientSecret?: string;
}

export function createUserPoolClient(input: CreateClientInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  if (pool.clients.size >= MAX_CLIENTS) {
    throw new AwsError('LimitExceededException', 'Exceeded the maximum number of app clients.');
  }
  if (input.ClientSecret !== undefined && input.GenerateSecret !== true) {
    throw invalidParameter('ClientSecret can only be set when GenerateSecret is true.');
  }
  const now = epochSeconds(ctx.now);
  const client = buildClientRecord(
    pool,
    input,
    {
      ClientId: newClientId(),
      ClientName: input.ClientName,
      ClientSecret: input.GenerateSecret ? (input.ClientSecret ?? newClientSecret()) : undefined,
      CreationDate: now,
    },
    now,
    'creating',
  );
  pool.clients.set(client.ClientId, client);
  ctx.store.touch('clients', pool.pool.Id, client.ClientId);
  return { UserPoolClient: structuredClone(client) };
}
