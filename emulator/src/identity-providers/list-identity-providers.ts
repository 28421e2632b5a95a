import { compareKeys } from '../groups/list-groups.ts';
import { pageOf } from '../groups/paging.ts';
import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { providersOf } from './provider-store.ts';

export function listIdentityProviders(
  input: { UserPoolId: string; MaxResults?: number; NextToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const providers = Object.values(providersOf(pool)).sort((a, b) =>
    compareKeys(a.ProviderName, b.ProviderName),
  );
  const { page, nextToken } = pageOf(
    providers,
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
