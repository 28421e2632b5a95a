import type { RequestContext } from '../protocol/context.ts';
import { createSigningKey } from '../tokens/keys.ts';
import { createPoolRecord } from './create-pool-record.ts';
import { describePool } from './pool-store.ts';

export async function createUserPool(input: Record<string, unknown>, ctx: RequestContext) {
  const record = createPoolRecord(
    input,
    { region: ctx.region, accountId: ctx.accountId, now: ctx.now },
    await createSigningKey(),
  );
  ctx.store.state.userPools.set(record.pool.Id, record);
  ctx.store.touch('pool', record.pool.Id);
  return { UserPool: describePool(record) };
}
