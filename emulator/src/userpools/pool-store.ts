import type { RequestContext } from '../protocol/context.ts';
import { poolNotFound } from '../protocol/errors.ts';
import type { UserPoolRecord } from '../store/types.ts';

/** The pool with this id in the request's region, or ResourceNotFoundException as AWS words it. */
export function getPool(
  ctx: Pick<RequestContext, 'store' | 'region'>,
  poolId: string,
): UserPoolRecord {
  const pool = ctx.store.state.userPools.get(poolId);
  if (!pool || regionOfPool(poolId) !== ctx.region) throw poolNotFound(poolId);
  return pool;
}

export function regionOfPool(poolId: string): string {
  return poolId.slice(0, poolId.indexOf('_'));
}

export const poolArn = (region: string, accountId: string, poolId: string) =>
  `arn:aws:cognito-idp:${region}:${accountId}:userpool/${poolId}`;

/** DescribeUserPool's UserPoolType: the stored pool plus what is derived when read. */
export function describePool(record: UserPoolRecord): Record<string, unknown> {
  return {
    ...structuredClone(record.pool),
    EstimatedNumberOfUsers: record.users.size,
  };
}

/** AWS dates on the wire: epoch seconds, with milliseconds as the fraction. */
export const epochSeconds = (ms: number) => Math.round(ms) / 1000;
