import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { dropStaleClientScopes, getResourceServer } from './resource-server-store.ts';

export function deleteResourceServer(
  input: { UserPoolId: string; Identifier: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const server = getResourceServer(pool, input.Identifier);
  pool.resourceServers.delete(input.Identifier);
  ctx.store.touch('resourceServers', pool.pool.Id, input.Identifier);
  dropStaleClientScopes(
    ctx,
    pool,
    new Set(server.Scopes.map((s) => `${server.Identifier}/${s.ScopeName}`)),
  );
  return {};
}
