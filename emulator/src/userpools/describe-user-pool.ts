import type { RequestContext } from '../protocol/context.ts';
import { describePool, getPool } from './pool-store.ts';

export function describeUserPool(input: { UserPoolId: string }, ctx: RequestContext) {
  return { UserPool: describePool(getPool(ctx, input.UserPoolId)) };
}
