import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { getJob, jobOutput, statusOf } from './job-store.ts';
import { wakeUserImports } from './runner.ts';

const preconditionNotMet = (message: string) =>
  new AwsError('PreconditionNotMetException', message);

/** StartUserImportJob: a Created job whose CSV was uploaded goes Pending, then imports in the background. */
export function startUserImportJob(
  input: { UserPoolId: string; JobId: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const job = getJob(pool, input.JobId);
  const status = statusOf(job, ctx.now);
  if (status !== 'Created') {
    throw preconditionNotMet(`Import job ${job.JobId} is ${status}: only a Created job can start.`);
  }
  if (!pool.importFiles.has(job.JobId)) {
    throw preconditionNotMet(
      `No CSV file was uploaded to the pre-signed URL of import job ${job.JobId}.`,
    );
  }
  job.Status = 'Pending';
  job.StartDate = epochSeconds(ctx.now);
  ctx.store.touch('importJobs', pool.pool.Id, job.JobId);
  wakeUserImports(ctx.store);
  return { UserImportJob: jobOutput(ctx.baseUrl, job, ctx.now) };
}
