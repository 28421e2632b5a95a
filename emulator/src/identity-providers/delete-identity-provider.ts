import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { getProvider, providersOf } from './provider-store.ts';

/** App clients that offered the provider stop offering it; the clients themselves are kept. */
export function deleteIdentityProvider(
  input: { UserPoolId: string; ProviderName: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  getProvider(pool, input.ProviderName);
  delete providersOf(pool)[input.ProviderName];
  for (const client of Object.values(pool.clients)) {
    const providers = client.SupportedIdentityProviders as string[] | undefined;
    if (providers?.includes(input.ProviderName)) {
      client.SupportedIdentityProviders = providers.filter((p) => p !== input.ProviderName);
    }
  }
  ctx.store.changed();
  return {};
}
