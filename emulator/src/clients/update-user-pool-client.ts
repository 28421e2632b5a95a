import type { RequestContext } from '../protocol/context.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { buildClientRecord, type ClientSettingsInput } from './client-record.ts';
import { getClient } from './describe-user-pool-client.ts';

/**
 * Replaces every setting: what the request omits goes back to AWS's default (callback URLs and
 * providers removed, auth flows back to refresh + SRP + custom). Id, name, secret and creation
 * date are kept.
 */
export function updateUserPoolClient(
  input: ClientSettingsInput & { UserPoolId: string; ClientId: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const current = getClient(pool, input.ClientId);
  const client = buildClientRecord(
    pool,
    input,
    {
      ClientId: current.ClientId,
      ClientName: current.ClientName,
      ClientSecret: current.ClientSecret as string | undefined,
      CreationDate: current.CreationDate as number,
    },
    epochSeconds(ctx.now),
    'updating',
  );
  pool.clients.set(client.ClientId, client);
  ctx.store.touch('clients', pool.pool.Id, client.ClientId);
  return { UserPoolClient: structuredClone(client) };
}
