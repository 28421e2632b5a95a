import { AwsError, resourceNotFound } from '../protocol/errors.ts';
import type { UserImportJobRecord, UserImportJobStatus, UserPoolRecord } from '../store/types.ts';
import { uploadUrlOf } from './upload-url.ts';

/** A job in these states is importing (or about to): the pool's settings may not change. */
export const RUNNING: ReadonlySet<UserImportJobStatus> = new Set([
  'Pending',
  'InProgress',
  'Stopping',
]);

/** A Created job not started within this time has expired (AWS: 24 to 48 hours). */
export const EXPIRES_AFTER_SECONDS = 24 * 3600;

export function getJob(pool: UserPoolRecord, jobId: string): UserImportJobRecord {
  const job = pool.importJobs.get(jobId);
  if (!job) throw resourceNotFound(`Import job ${jobId} does not exist.`);
  return job;
}

/** The job's status now: a Created job left unstarted past its time reads as Expired. */
export function statusOf(job: UserImportJobRecord, nowMs: number): UserImportJobStatus {
  if (job.Status === 'Created' && nowMs / 1000 - job.CreationDate > EXPIRES_AFTER_SECONDS)
    return 'Expired';
  return job.Status;
}

/** UserImportJobType, as every import operation answers it. */
export function jobOutput(baseUrl: string, job: UserImportJobRecord, nowMs: number) {
  return {
    JobName: job.JobName,
    JobId: job.JobId,
    UserPoolId: job.UserPoolId,
    PreSignedUrl: uploadUrlOf(baseUrl, job),
    CreationDate: job.CreationDate,
    ...(job.StartDate !== undefined ? { StartDate: job.StartDate } : {}),
    ...(job.CompletionDate !== undefined ? { CompletionDate: job.CompletionDate } : {}),
    Status: statusOf(job, nowMs),
    CloudWatchLogsRoleArn: job.CloudWatchLogsRoleArn,
    ImportedUsers: job.ImportedUsers,
    SkippedUsers: job.SkippedUsers,
    FailedUsers: job.FailedUsers,
    ...(job.CompletionMessage !== undefined ? { CompletionMessage: job.CompletionMessage } : {}),
  };
}

/**
 * UpdateUserPool, AddCustomAttributes and DeleteUserPool refuse to run while one of the pool's
 * import jobs is importing.
 */
export function assertNoImportRunning(pool: UserPoolRecord): void {
  for (const job of pool.importJobs.values()) {
    if (RUNNING.has(job.Status)) {
      throw new AwsError(
        'UserImportInProgressException',
        `An import job (${job.JobId}) is in progress for user pool ${pool.pool.Id}.`,
      );
    }
  }
}
