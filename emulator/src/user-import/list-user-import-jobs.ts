import { pageOf } from '../paging/page-of.ts';
import type { RequestContext } from '../protocol/context.ts';
import type { UserImportJobRecord } from '../store/types.ts';
import { getPool } from '../userpools/pool-store.ts';
import { jobOutput } from './job-store.ts';

/** Newest first, as AWS lists them ("from last created to first created"). */
const newestFirst = (job: UserImportJobRecord) =>
  `${String(1e13 - Math.round(job.CreationDate * 1000)).padStart(14, '0')}|${job.JobId}`;

export function listUserImportJobs(
  input: { UserPoolId: string; MaxResults: number; PaginationToken?: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, nextToken } = pageOf(
    pool.importJobs.values(),
    newestFirst,
    `ListUserImportJobs:${pool.pool.Id}`,
    input.MaxResults,
    input.PaginationToken,
  );
  return {
    UserImportJobs: page.map((job) => jobOutput(ctx.baseUrl, job, ctx.now)),
    ...(nextToken ? { PaginationToken: nextToken } : {}),
  };
}
