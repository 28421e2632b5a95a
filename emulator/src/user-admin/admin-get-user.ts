import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import { adminGetUserOutput } from './user-output.ts';

export function adminGetUser(input: { UserPoolId: string; Username: string }, ctx: RequestContext) {
  return adminGetUserOutput(requireUser(getPool(ctx, input.UserPoolId), input.Username));
}
