import { assertNoImportRunning } from '../user-import/job-store.ts';
import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { getPool } from './pool-store.ts';

export function deleteUserPool(input: { UserPoolId: string }, ctx: RequestContext) {
  const record = getPool(ctx, input.UserPoolId);
  assertNoImportRunning(record);
  if (record.pool.DeletionProtection === 'ACTIVE') {
    throw invalidParameter(
      'The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.',
    );
  }
  ctx.store.state.userPools.delete(record.pool.Id);
  ctx.store.touch('pool', record.pool.Id);
  const tokens = ctx.store.state.refreshTokens;
  for (const [token, refresh] of tokens) {
    if (refresh.poolId !== record.pool.Id) continue;
    tokens.delete(token);
    ctx.store.touch('refreshTokens', token);
  }
  return {};
}
