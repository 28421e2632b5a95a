import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import {
  dropStaleClientScopes,
  getResourceServer,
  resourceServersOf,
} from './resource-server-store.ts';

export function deleteResourceServer(
  input: { UserPoolId: string; Identifier: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const server = getResourceServer(pool, input.Identifier);
  delete resourceServersOf(pool)[input.Identifier];
  dropStaleClientScopes(
    pool,
    new Set(server.Scopes.map((s) => `${server.Identifier}/${s.ScopeName}`)),
  );
  ctx.store.changed();
  return {};
}
