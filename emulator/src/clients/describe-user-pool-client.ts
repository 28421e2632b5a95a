import type { RequestContext } from '../protocol/context.ts';
import { resourceNotFound } from '../protocol/errors.ts';
import type { ClientRecord, UserPoolRecord } from '../store/types.ts';
import { getPool } from '../userpools/pool-store.ts';

export function getClient(pool: UserPoolRecord, clientId: string): ClientRecord {
  const client = pool.clients.get(clientId);
  if (!client) throw resourceNotFound(`User pool client ${clientId} does not exist.`);
  return client;
}

export function describeUserPoolClient(
  input: { UserPoolId: string; ClientId: string },
  ctx: RequestContext,
) {
  const client = getClient(getPool(ctx, input.UserPoolId), input.ClientId);
  return { UserPoolClient: structuredClone(client) };
}
