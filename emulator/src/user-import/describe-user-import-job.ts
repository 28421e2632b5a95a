import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { getJob, jobOutput } from './job-store.ts';

export function describeUserImportJob(
  input: { UserPoolId: string; JobId: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  return { UserImportJob: jobOutput(ctx.baseUrl, getJob(pool, input.JobId), ctx.now) };
}
