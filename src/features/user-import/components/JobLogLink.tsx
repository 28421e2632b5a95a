import { regionOfPool } from '@/api/pool-scope';
import type { ImportJob } from '@/api/user-import/import-job-status';
import { jobLogUrl } from '@/lib/user-import/job-log';

/** The job's log stream in the CloudWatch console of the pool's region (a new tab). */
export function JobLogLink({
  poolId,
  poolName,
  job,
}: {
  poolId: string;
  poolName: string;
  job: ImportJob;
}) {
  const href = jobLogUrl({
    region: regionOfPool(poolId),
    poolId,
    poolName,
    jobId: job.JobId ?? '',
    jobName: job.JobName ?? '',
  });
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="text-blue-800 underline"
      aria-label={`CloudWatch log of job ${job.JobName ?? job.JobId}`}
    >
      CloudWatch log
    </a>
  );
}
