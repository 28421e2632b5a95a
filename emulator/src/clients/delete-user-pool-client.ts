import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { getClient } from './describe-user-pool-client.ts';

/** The client's refresh tokens stop working with it, and its hosted-UI branding goes too. */
export function deleteUserPoolClient(
  input: { UserPoolId: string; ClientId: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  getClient(pool, input.ClientId);
  pool.clients.delete(input.ClientId);
  ctx.store.touch('clients', pool.pool.Id, input.ClientId);
  if (pool.uiCustomizations.delete(input.ClientId))
    ctx.store.touch('uiCustomizations', pool.pool.Id, input.ClientId);
  const tokens = ctx.store.state.refreshTokens;
  for (const [token, refresh] of tokens) {
    if (refresh.poolId === pool.pool.Id && refresh.clientId === input.ClientId) {
      tokens.delete(token);
      ctx.store.touch('refreshTokens', token);
    }
  }
  return {};
}
