import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { getClient } from './describe-user-pool-client.ts';

/** The client's refresh tokens stop working with it. */
export function deleteUserPoolClient(
  input: { UserPoolId: string; ClientId: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  getClient(pool, input.ClientId);
  delete pool.clients[input.ClientId];
  for (const [token, refresh] of Object.entries(ctx.store.state.refreshTokens)) {
    if (refresh.poolId === input.UserPoolId && refresh.clientId === input.ClientId) {
      delete ctx.store.state.refreshTokens[token];
    }
  }
  ctx.store.changed();
  return {};
}
