import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { getProvider } from './provider-store.ts';

/** App clients that offered the provider stop offering it; the clients themselves are kept. */
export function deleteIdentityProvider(
  input: { UserPoolId: string; ProviderName: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  getProvider(pool, input.ProviderName);
  pool.identityProviders.delete(input.ProviderName);
  ctx.store.touch('identityProviders', pool.pool.Id, input.ProviderName);
  for (const client of pool.clients.values()) {
    const providers = client.SupportedIdentityProviders as string[] | undefined;
    if (providers?.includes(input.ProviderName)) {
      client.SupportedIdentityProviders = providers.filter((p) => p !== input.ProviderName);
      ctx.store.touch('clients', pool.pool.Id, client.ClientId);
    }
  }
  return {};
}
