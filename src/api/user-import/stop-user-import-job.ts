import { StopUserImportJobCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { applyJobAnswer, type ImportJob } from './import-job-status';

/** StopUserImportJob: a Pending or InProgress job stops; the users it imported stay. */
export async function stopUserImportJob(poolId: string, jobId: string): Promise<ImportJob> {
  const output = await idpClientFor(poolId).send(
    new StopUserImportJobCommand({ UserPoolId: poolId, JobId: jobId }),
  );
  if (!output.UserImportJob) throw new Error(`Cognito returned no import job ${jobId}.`);
  return output.UserImportJob;
}

/** The job's view and the history change, and the users lists when users were imported. */
export function useStopUserImportJob(poolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => stopUserImportJob(poolId, jobId),
    onSuccess: (job) => applyJobAnswer(queryClient, job),
  });
}
