import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { getJob, jobOutput } from './job-store.ts';
import { finishJob } from './runner.ts';

/** AWS's CompletionMessage for a stopped job (cognito-user-pools-creating-import-job.html). */
export const STOPPED_MESSAGE = 'The Import Job was stopped by the developer.';

/**
 * StopUserImportJob: a Pending or InProgress job stops where it is; the users imported so far stay.
 * AWS's documented answer is already Stopped, with its CompletionDate; a stopped job cannot restart.
 */
export function stopUserImportJob(
  input: { UserPoolId: string; JobId: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const job = getJob(pool, input.JobId);
  if (job.Status !== 'Pending' && job.Status !== 'InProgress') {
    throw new AwsError(
      'PreconditionNotMetException',
      `Import job ${job.JobId} is ${job.Status}: only a Pending or InProgress job can stop.`,
    );
  }
  finishJob(ctx.store, pool, job, 'Stopped', STOPPED_MESSAGE, epochSeconds(ctx.now));
  return { UserImportJob: jobOutput(ctx.baseUrl, job, ctx.now) };
}
