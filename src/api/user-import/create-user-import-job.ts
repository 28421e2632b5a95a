import {
  CreateUserImportJobCommand,
  type CreateUserImportJobCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor, type PoolInput } from '../pool-scope';
import { applyJobAnswer, type ImportJob } from './import-job-status';

export type CreateUserImportJobInput = PoolInput<
  CreateUserImportJobCommandInput,
  'JobName' | 'CloudWatchLogsRoleArn'
>;

/** CreateUserImportJob: a job in Created, with the pre-signed URL its CSV file goes to. */
export async function createUserImportJob(input: CreateUserImportJobInput): Promise<ImportJob> {
  const output = await idpClientFor(input.UserPoolId).send(new CreateUserImportJobCommand(input));
  if (!output.UserImportJob) throw new Error('Cognito returned no import job.');
  return output.UserImportJob;
}

/** The new job is cached as its own view; the history gains it. */
export function useCreateUserImportJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserImportJobInput) => createUserImportJob(input),
    onSuccess: (job) => applyJobAnswer(queryClient, job),
  });
}
