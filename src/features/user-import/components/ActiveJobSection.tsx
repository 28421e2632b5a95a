import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { DescriptionList } from '@/components/DescriptionList';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/lib/format';
import { useUserImportJob } from '@/api/user-import/describe-user-import-job';
import { isRunning } from '@/api/user-import/import-job-status';
import { toUsers } from '@/features/users/routes';
import { JobLogLink } from './JobLogLink';
import { JobProgress } from './JobProgress';
import { JobStatusBadge, jobStatusLabel } from './JobStatusBadge';
import { StopJobDialog } from './StopJobDialog';
import { UploadStep } from './UploadStep';
import type { UploadState } from './upload-state';

/** One job: its upload and start while Created, its progress (polled) while running, its outcome. */
export function ActiveJobSection({
  poolId,
  poolName,
  jobId,
  upload,
  canStart,
  canStop,
}: {
  poolId: string;
  poolName: string;
  jobId: string;
  upload: UploadState | undefined;
  canStart: boolean;
  canStop: boolean;
}) {
  const job = useUserImportJob(poolId, jobId);
  const [stopping, setStopping] = useState(false);
  if (job.isPending) return <LoadingState label="Loading the import job…" />;
  if (job.isError)
    return (
      <ErrorState
        title="Could not load the import job"
        error={job.error}
        onRetry={() => void job.refetch()}
        retrying={job.isFetching}
      />
    );
  const data = job.data;
  const name = data.JobName ?? jobId;
  const ownUpload = upload?.jobId === jobId ? upload : undefined;
  const running = isRunning(data.Status);
  return (
    <Section
      title={`3. Import job ${name}`}
      actions={
        running && canStop && data.Status !== 'Stopping' ? (
          <Button variant="danger" onClick={() => setStopping(true)}>
            Stop import
          </Button>
        ) : undefined
      }
    >
      <div className="space-y-4">
        <p className="flex items-center gap-2 text-sm">
          <span className="text-slate-700">Status</span>
          <span aria-live="polite" aria-label={`Status: ${jobStatusLabel(data.Status)}`}>
            <JobStatusBadge status={data.Status} />
          </span>
        </p>
        {data.Status === 'Created' ? (
          <UploadStep poolId={poolId} job={data} upload={ownUpload} canStart={canStart} />
        ) : (
          <JobProgress job={data} total={ownUpload?.rows} />
        )}
        {data.CompletionMessage && (
          <Alert tone={data.Status === 'Succeeded' ? 'info' : 'warning'}>
            {data.CompletionMessage}
          </Alert>
        )}
        {data.Status === 'Succeeded' && (data.ImportedUsers ?? 0) > 0 && (
          <p className="text-sm">
            <Link className="text-blue-800 underline" to={toUsers({ poolId })}>
              See the users
            </Link>{' '}
            (they are in RESET_REQUIRED until they choose a password).
          </p>
        )}
        <DescriptionList
          items={[
            { term: 'Job ID', value: <span className="font-mono">{data.JobId}</span> },
            { term: 'Created', value: formatDateTime(data.CreationDate) },
            { term: 'Started', value: data.StartDate && formatDateTime(data.StartDate) },
            {
              term: 'Completed',
              value: data.CompletionDate && formatDateTime(data.CompletionDate),
            },
            {
              term: 'Logs role',
              value: <span className="font-mono">{data.CloudWatchLogsRoleArn}</span>,
            },
            {
              term: 'Log',
              value: <JobLogLink poolId={poolId} poolName={poolName} job={data} />,
            },
          ]}
        />
      </div>
      {canStop && (
        <StopJobDialog
          poolId={poolId}
          jobId={jobId}
          jobName={name}
          open={stopping}
          onOpenChange={setStopping}
        />
      )}
    </Section>
  );
}
