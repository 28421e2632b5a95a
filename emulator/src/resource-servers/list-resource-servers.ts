import { compareKeys } from '../groups/list-groups.ts';
import { pageOf } from '../groups/paging.ts';
import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { resourceServerOutput, resourceServersOf } from './resource-server-store.ts';

export function listResourceServers(
  input: { UserPoolId: string; MaxResults?: number; NextToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const servers = Object.values(resourceServersOf(pool)).sort((a, b) =>
    compareKeys(a.Identifier, b.Identifier),
  );
  const { page, nextToken } = pageOf(
    servers,
    (s) => s.Identifier,
    `ListResourceServers:${input.UserPoolId}`,
    input.MaxResults,
    input.NextToken,
    50,
  );
  return {
    ResourceServers: page.map((s) => resourceServerOutput(input.UserPoolId, s)),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}
