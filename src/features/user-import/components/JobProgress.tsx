import type { ImportJob } from '@/api/user-import/import-job-status';
import { formatCount } from './format-count';

/** Imported, skipped and failed users, of the file's users when this tab checked the file. */
export function JobProgress({ job, total }: { job: ImportJob; total: number | undefined }) {
  const imported = job.ImportedUsers ?? 0;
  const skipped = job.SkippedUsers ?? 0;
  const failed = job.FailedUsers ?? 0;
  const done = imported + skipped + failed;
  const percent = total ? Math.min(100, Math.floor((done / total) * 100)) : undefined;
  return (
    <div className="space-y-2">
      {total !== undefined && (
        <div
          role="progressbar"
          aria-label="Users processed"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={`${formatCount(done)} of ${formatCount(total)} users`}
          className="h-2 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-blue-700" style={{ width: `${percent ?? 0}%` }} />
        </div>
      )}
      <p className="text-sm text-slate-800" aria-live="polite">
        Imported {formatCount(imported)}, skipped {formatCount(skipped)}, failed{' '}
        {formatCount(failed)}
        {total !== undefined ? ` of ${formatCount(total)} users` : ' users'}
      </p>
    </div>
  );
}
