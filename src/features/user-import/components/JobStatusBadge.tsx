import clsx from 'clsx';

const tones = new Map([
  ['Succeeded', 'bg-green-100 text-green-900'],
  ['Failed', 'bg-red-100 text-red-900'],
  ['Expired', 'bg-slate-200 text-slate-800'],
  ['Stopped', 'bg-amber-100 text-amber-900'],
  ['Stopping', 'bg-amber-100 text-amber-900'],
  ['InProgress', 'bg-blue-100 text-blue-900'],
  ['Pending', 'bg-blue-100 text-blue-900'],
]);

const labels = new Map([['InProgress', 'In progress']]);

/** The status in words: InProgress reads "In progress". */
export const jobStatusLabel = (status: string | undefined) =>
  labels.get(status ?? '') ?? status ?? 'Unknown';

export function JobStatusBadge({ status }: { status: string | undefined }) {
  const value = status ?? 'Unknown';
  return (
    <span
      className={clsx(
        'inline-block rounded px-2 py-0.5 text-xs font-medium',
        tones.get(value) ?? 'bg-slate-100 text-slate-800',
      )}
    >
      {jobStatusLabel(status)}
    </span>
  );
}
