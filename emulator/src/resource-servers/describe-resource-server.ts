import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { getResourceServer, resourceServerOutput } from './resource-server-store.ts';

export function describeResourceServer(
  input: { UserPoolId: string; Identifier: string },
  ctx: RequestContext,
) {
  const server = getResourceServer(getPool(ctx, input.UserPoolId), input.Identifier);
  return { ResourceServer: resourceServerOutput(input.UserPoolId, server) };
}
