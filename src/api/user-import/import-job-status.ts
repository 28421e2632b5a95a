import type {
  UserImportJobStatusType,
  UserImportJobType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { QueryClient } from '@tanstack/react-query';
import { poolKeys } from '../pools/pool-keys';
import { userKeys } from '../users/user-keys';
import { importJobKeys } from './import-job-keys';

export type ImportJob = UserImportJobType;
export type ImportJobStatus = UserImportJobStatusType;

/** Statuses in which the job is importing, or about to, or winding down: worth watching. */
const RUNNING: ReadonlySet<string> = new Set(['Pending', 'InProgress', 'Stopping']);

export const isRunning = (status: string | undefined) =>
  status !== undefined && RUNNING.has(status);

/** Statuses a job never leaves. */
const TERMINAL: ReadonlySet<string> = new Set(['Stopped', 'Succeeded', 'Failed', 'Expired']);

export const isTerminal = (status: string | undefined) =>
  status !== undefined && TERMINAL.has(status);

/**
 * What a new answer about a job changes besides the job itself: the history when its status moved,
 * and, when it has just finished having imported users, the pool's users lists and description
 * (its estimated user count). `before` is the job as the console last knew it.
 */
export async function invalidateAfterJobChange(
  queryClient: QueryClient,
  job: ImportJob,
  before: ImportJob | undefined,
) {
  if (!before || before.Status === job.Status) return;
  const poolId = job.UserPoolId ?? '';
  const finishedWithUsers =
    isTerminal(job.Status) && !isTerminal(before.Status) && (job.ImportedUsers ?? 0) > 0;
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: importJobKeys.lists(poolId) }),
    ...(finishedWithUsers
      ? [
          queryClient.invalidateQueries({ queryKey: userKeys.lists(poolId) }),
          queryClient.invalidateQueries({ queryKey: poolKeys.description(poolId), exact: true }),
        ]
      : []),
  ]);
}

/** A mutation's answer about a job: it becomes the job's view, and what it changed is refreshed. */
export async function applyJobAnswer(queryClient: QueryClient, job: ImportJob) {
  const key = importJobKeys.detail(job.UserPoolId ?? '', job.JobId ?? '');
  const before = queryClient.getQueryData<ImportJob>(key);
  queryClient.setQueryData(key, job);
  await invalidateAfterJobChange(queryClient, job, before ?? { Status: undefined });
}
