import { pageOf } from '../paging/page-of.ts';
import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';

export function listIdentityProviders(
  input: { UserPoolId: string; MaxResults?: number; NextToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, nextToken } = pageOf(
    pool.identityProviders.values(),
    (p) => p.ProviderName,
    `ListIdentityProviders:${input.UserPoolId}`,
    input.MaxResults,
    input.NextToken,
  );
  return {
    Providers: page.map((p) => ({
      ProviderName: p.ProviderName,
      ProviderType: p.ProviderType,
      LastModifiedDate: p.LastModifiedDate,
      CreationDate: p.CreationDate,
    })),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}
