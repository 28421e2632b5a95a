import { getClient } from '../clients/describe-user-pool-client.ts';
import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { ALL, effectiveCustomization, uiCustomizationOf } from './customization-store.ts';

/**
 * GetUICustomization: the client's own settings; for a client without, the pool's ALL settings
 * (with ClientId ALL, as AWS's API reference says); without either, an empty shape.
 */
export function getUICustomization(
  input: { UserPoolId: string; ClientId?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const clientId = input.ClientId ?? ALL;
  if (clientId !== ALL) getClient(pool, clientId);
  const record = effectiveCustomization(pool, clientId);
  return {
    UICustomization: record
      ? uiCustomizationOf(ctx.baseUrl, pool.pool.Id, record)
      : { UserPoolId: pool.pool.Id, ClientId: clientId },
  };
}
