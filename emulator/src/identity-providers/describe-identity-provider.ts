import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { getProvider, providerOutput } from './provider-store.ts';

export function describeIdentityProvider(
  input: { UserPoolId: string; ProviderName: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  return { IdentityProvider: providerOutput(pool, getProvider(pool, input.ProviderName)) };
}
