import { DescribeUserImportJobCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { importJobKeys } from './import-job-keys';
import { invalidateAfterJobChange, isRunning, type ImportJob } from './import-job-status';

/** How often a running job is asked about: its counts move at the pace rows are imported. */
export const JOB_POLL_MS = 1000;

export async function describeUserImportJob(poolId: string, jobId: string): Promise<ImportJob> {
  const output = await idpClientFor(poolId).send(
    new DescribeUserImportJobCommand({ UserPoolId: poolId, JobId: jobId }),
  );
  if (!output.UserImportJob) throw new Error(`Cognito returned no import job ${jobId}.`);
  return output.UserImportJob;
}

/**
 * Polled while the job runs, and no longer once it has ended. Each answer is compared with the
 * previous one, so the history and the users lists refresh when the job moves on.
 */
export const describeUserImportJobQueryOptions = (poolId: string, jobId: string) =>
  queryOptions({
    queryKey: importJobKeys.detail(poolId, jobId),
    queryFn: async ({ client }) => {
      const before = client.getQueryData<ImportJob>(importJobKeys.detail(poolId, jobId));
      const job = await describeUserImportJob(poolId, jobId);
      await invalidateAfterJobChange(client, job, before);
      return job;
    },
    refetchInterval: (query) => (isRunning(query.state.data?.Status) ? JOB_POLL_MS : false),
    refetchIntervalInBackground: true,
  });

export function useUserImportJob(poolId: string, jobId: string) {
  return useQuery(describeUserImportJobQueryOptions(poolId, jobId));
}
