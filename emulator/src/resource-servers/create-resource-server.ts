import type { RequestContext } from '../protocol/context.ts';
import { AwsError, invalidParameter } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';
import {
  MAX_RESOURCE_SERVERS,
  checkScopes,
  resourceServerOutput,
  type ResourceServerScope,
} from './resource-server-store.ts';

export interface ResourceServerInput {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes?: ResourceServerScope[];
}

export function createResourceServer(input: ResourceServerInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const servers = pool.resourceServers;
  if (servers.has(input.Identifier)) {
    throw invalidParameter(`${input.Identifier} already exists in pool ${input.UserPoolId}.`);
  }
  if (servers.size >= MAX_RESOURCE_SERVERS) {
    throw new AwsError(
      'LimitExceededException',
      `A user pool cannot have more than ${MAX_RESOURCE_SERVERS} resource servers.`,
    );
  }
  const server = {
    Identifier: input.Identifier,
    Name: input.Name,
    Scopes: checkScopes(input.Scopes),
  };
  servers.set(input.Identifier, server);
  ctx.store.touch('resourceServers', pool.pool.Id, input.Identifier);
  return { ResourceServer: resourceServerOutput(input.UserPoolId, server) };
}
