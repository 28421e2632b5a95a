import { Link } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import { Section } from '@/components/Section';
import { usePageTokens } from '@/components/use-page-tokens';
import { formatDateTime } from '@/lib/format';
import { IMPORT_JOBS_PAGE_SIZE, useUserImportJobs } from '@/api/user-import/list-user-import-jobs';
import { toUserImport } from '../routes';
import { formatCount } from './format-count';
import { JobLogLink } from './JobLogLink';
import { JobStatusBadge } from './JobStatusBadge';

/** The pool's import jobs, newest first, with their status, counts and log. */
export function JobHistorySection({ poolId, poolName }: { poolId: string; poolName: string }) {
  const paging = usePageTokens(poolId);
  const jobs = useUserImportJobs(poolId, paging.token);
  return (
    <Section title="Import history">
      {jobs.isPending ? (
        <LoadingState label="Loading import jobs…" />
      ) : jobs.isError ? (
        <ErrorState
          title="Could not list import jobs"
          error={jobs.error}
          onRetry={() => void jobs.refetch()}
          retrying={jobs.isFetching}
        />
      ) : jobs.data.jobs.length === 0 && paging.page === 0 ? (
        <EmptyState title="No import jobs yet">
          Jobs created here or with the AWS CLI show here.
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption="Import jobs"
            rows={jobs.data.jobs}
            rowKey={(job) => job.JobId ?? ''}
            busy={jobs.isPlaceholderData}
            columns={[
              {
                header: 'Job',
                rowHeader: true,
                cell: (job) => (
                  <Link
                    className="font-medium text-blue-800 underline"
                    to={toUserImport({ poolId, jobId: job.JobId })}
                  >
                    {job.JobName}
                  </Link>
                ),
              },
              { header: 'Status', cell: (job) => <JobStatusBadge status={job.Status} /> },
              { header: 'Imported', cell: (job) => formatCount(job.ImportedUsers ?? 0) },
              { header: 'Skipped', cell: (job) => formatCount(job.SkippedUsers ?? 0) },
              { header: 'Failed', cell: (job) => formatCount(job.FailedUsers ?? 0) },
              { header: 'Created', cell: (job) => formatDateTime(job.CreationDate) },
              {
                header: 'Completed',
                cell: (job) => (job.CompletionDate ? formatDateTime(job.CompletionDate) : ''),
              },
              {
                header: 'Log',
                cell: (job) => <JobLogLink poolId={poolId} poolName={poolName} job={job} />,
              },
            ]}
          />
          <Pager
            page={paging.page}
            pageSize={IMPORT_JOBS_PAGE_SIZE}
            itemsOnPage={jobs.data.jobs.length}
            hasNext={Boolean(jobs.data.paginationToken) && !jobs.isPlaceholderData}
            busy={jobs.isPlaceholderData}
            onNext={() => jobs.data.paginationToken && paging.next(jobs.data.paginationToken)}
            onPrevious={paging.previous}
          />
        </>
      )}
    </Section>
  );
}
