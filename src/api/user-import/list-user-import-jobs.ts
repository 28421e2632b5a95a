import { ListUserImportJobsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { importJobKeys } from './import-job-keys';
import type { ImportJob } from './import-job-status';

/** ListUserImportJobs' largest page. */
export const IMPORT_JOBS_PAGE_SIZE = 60;

export interface ImportJobsPage {
  jobs: ImportJob[];
  paginationToken?: string;
}

/** The pool's import jobs, newest first (as Cognito lists them). */
export async function listUserImportJobs(
  poolId: string,
  paginationToken?: string,
): Promise<ImportJobsPage> {
  const output = await idpClientFor(poolId).send(
    new ListUserImportJobsCommand({
      UserPoolId: poolId,
      MaxResults: IMPORT_JOBS_PAGE_SIZE,
      PaginationToken: paginationToken,
    }),
  );
  return {
    jobs: output.UserImportJobs ?? [],
    paginationToken: output.PaginationToken || undefined,
  };
}

export const listUserImportJobsQueryOptions = (poolId: string, paginationToken?: string) =>
  queryOptions({
    queryKey: importJobKeys.list(poolId, { paginationToken }),
    queryFn: () => listUserImportJobs(poolId, paginationToken),
  });

export function useUserImportJobs(poolId: string, paginationToken?: string) {
  return useQuery({
    ...listUserImportJobsQueryOptions(poolId, paginationToken),
    placeholderData: keepPreviousData,
  });
}
