import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError, invalidParameter } from '../protocol/errors.ts';
import type { UserImportJobRecord } from '../store/types.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { jobOutput } from './job-store.ts';
import { newUploadSignature, UPLOAD_URL_SECONDS } from './upload-url.ts';

/** Import jobs a pool may hold (Service Quotas: "User import jobs per user pool", 1,000). */
export const MAX_JOBS_PER_POOL = 1000;

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const newJobId = () =>
  `import-${[...randomBytes(10)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('')}`;

interface CreateUserImportJobInput {
  UserPoolId: string;
  JobName: string;
  CloudWatchLogsRoleArn: string;
}

/**
 * CreateUserImportJob: a job in Created with a pre-signed URL for the CSV, valid 15 minutes. The
 * job logs to CloudWatch through the role it names, so that must be an IAM role's ARN.
 */
export function createUserImportJob(input: CreateUserImportJobInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  if (!ROLE_ARN.test(input.CloudWatchLogsRoleArn)) {
    throw invalidParameter(
      `CloudWatchLogsRoleArn ${input.CloudWatchLogsRoleArn} is not the ARN of an IAM role.`,
    );
  }
  if (pool.importJobs.size >= MAX_JOBS_PER_POOL) {
    throw new AwsError(
      'LimitExceededException',
      `User pool ${pool.pool.Id} already has ${MAX_JOBS_PER_POOL} import jobs.`,
    );
  }
  let jobId = newJobId();
  while (pool.importJobs.has(jobId)) jobId = newJobId();
  const now = epochSeconds(ctx.now);
  const job: UserImportJobRecord = {
    JobId: jobId,
    JobName: input.JobName,
    UserPoolId: pool.pool.Id,
    CloudWatchLogsRoleArn: input.CloudWatchLogsRoleArn,
    CreationDate: now,
    Status: 'Created',
    ImportedUsers: 0,
    SkippedUsers: 0,
    FailedUsers: 0,
    uploadSignature: newUploadSignature(),
    uploadExpiresAt: now + UPLOAD_URL_SECONDS,
    rowsDone: 0,
    log: [],
  };
  pool.importJobs.set(jobId, job);
  ctx.store.touch('importJobs', pool.pool.Id, jobId);
  return { UserImportJob: jobOutput(ctx.baseUrl, job, ctx.now) };
}
