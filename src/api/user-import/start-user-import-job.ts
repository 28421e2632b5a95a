import { StartUserImportJobCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { applyJobAnswer, type ImportJob } from './import-job-status';

/** StartUserImportJob: a Created job whose file was uploaded goes Pending, then imports. */
export async function startUserImportJob(poolId: string, jobId: string): Promise<ImportJob> {
  const output = await idpClientFor(poolId).send(
    new StartUserImportJobCommand({ UserPoolId: poolId, JobId: jobId }),
  );
  if (!output.UserImportJob) throw new Error(`Cognito returned no import job ${jobId}.`);
  return output.UserImportJob;
}

export function useStartUserImportJob(poolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => startUserImportJob(poolId, jobId),
    onSuccess: (job) => applyJobAnswer(queryClient, job),
  });
}
