import { assertNoImportRunning } from '../user-import/job-store.ts';
import type { RequestContext } from '../protocol/context.ts';
import { UPDATABLE_KEYS, poolSettings } from './pool-config.ts';
import { epochSeconds, getPool } from './pool-store.ts';

/** Replaces every updatable setting: what the request leaves out goes back to its default (see poolSettings). */
export function updateUserPool(
  input: Record<string, unknown> & { UserPoolId: string },
  ctx: RequestContext,
) {
  const record = getPool(ctx, input.UserPoolId);
  assertNoImportRunning(record);
  const settings = poolSettings(input, record.pool);
  const pool = { ...record.pool };
  for (const key of UPDATABLE_KEYS) delete pool[key];
  for (const key of [
    'SmsVerificationMessage',
    'EmailVerificationMessage',
    'EmailVerificationSubject',
  ])
    delete pool[key];
  Object.assign(pool, settings);
  if (typeof input.PoolName === 'string') pool.Name = input.PoolName;
  pool.LastModifiedDate = epochSeconds(ctx.now);
  record.pool = pool;
  ctx.store.touch('pool', record.pool.Id);
  return {};
}
