import { pageOf } from '../paging/page-of.ts';
import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { resourceServerOutput } from './resource-server-store.ts';

export function listResourceServers(
  input: { UserPoolId: string; MaxResults?: number; NextToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, nextToken } = pageOf(
    pool.resourceServers.values(),
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
