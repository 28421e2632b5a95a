import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import type { ResourceServerInput } from './create-resource-server.ts';
import {
  checkScopes,
  dropStaleClientScopes,
  getResourceServer,
  resourceServerOutput,
} from './resource-server-store.ts';

/** Name is required and Scopes replaces the whole list: omitting it leaves no scopes. */
export function updateResourceServer(input: ResourceServerInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const server = getResourceServer(pool, input.Identifier);
  const scopes = checkScopes(input.Scopes);
  const kept = new Set(scopes.map((s) => s.ScopeName));
  const removed = server.Scopes.filter((s) => !kept.has(s.ScopeName)).map(
    (s) => `${server.Identifier}/${s.ScopeName}`,
  );
  server.Name = input.Name;
  server.Scopes = scopes;
  ctx.store.touch('resourceServers', pool.pool.Id, server.Identifier);
  dropStaleClientScopes(ctx, pool, new Set(removed));
  return { ResourceServer: resourceServerOutput(input.UserPoolId, server) };
}
