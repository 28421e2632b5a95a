import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { getPool } from './pool-store.ts';

export function deleteUserPool(input: { UserPoolId: string }, ctx: RequestContext) {
  const record = getPool(ctx, input.UserPoolId);
  if (record.pool.DeletionProtection === 'ACTIVE') {
    throw invalidParameter(
      'The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.',
    );
  }
  delete ctx.store.state.userPools[input.UserPoolId];
  for (const [token, refresh] of Object.entries(ctx.store.state.refreshTokens)) {
    if (refresh.poolId === input.UserPoolId) delete ctx.store.state.refreshTokens[token];
  }
  ctx.store.changed();
  return {};
}
