import { pageOf } from '../paging/page-of.ts';
import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';

export function listUserPoolClients(
  input: { UserPoolId: string; MaxResults?: number; NextToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, nextToken } = pageOf(
    pool.clients.values(),
    (c) => c.ClientId,
    `ListUserPoolClients:${input.UserPoolId}`,
    input.MaxResults,
    input.NextToken,
  );
  return {
    UserPoolClients: page.map((c) => ({
      ClientId: c.ClientId,
      UserPoolId: input.UserPoolId,
      ClientName: c.ClientName,
    })),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}
