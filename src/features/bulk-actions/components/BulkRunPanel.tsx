import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/Button';
import { Choice } from '@/components/Choice';
import { DataTable } from '@/components/DataTable';
import { resultsCsv, statusWord } from '@/lib/bulk/results-csv';
import type { BulkResult } from '@/lib/bulk/bulk-run';
import { useSignedInOperator } from '@/session/session-hooks';
import {
  dismissBulkRun,
  retryFailed,
  runTheRest,
  stopBulkRun,
  type BulkRun,
} from '../bulk-run-store';

const count = new Intl.NumberFormat();
const rate = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
/** Rows shown at once; the CSV has them all. */
const SHOWN_ROWS = 500;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

const columns = [
  { header: 'User', cell: (r: BulkResult) => r.username, kind: 'id' as const, rowHeader: true },
  { header: 'Result', cell: (r: BulkResult) => statusWord(r.status) },
  { header: 'Message', cell: (r: BulkResult) => r.message ?? '' },
];

/** A bulk action's progress with Stop, then its results with Retry failed and the CSV. */
export function BulkRunPanel({ run }: { run: BulkRun }) {
  const queryClient = useQueryClient();
  const operator = useSignedInOperator();
  const [onlyProblems, setOnlyProblems] = useState(true);
  const ctx = { queryClient, operator };
  const { progress, results, action } = run;
  const failed = results.filter((r) => r.status === 'failed').length;
  const notRun = results.filter((r) => r.status === 'not-run').length;
  const done = results.filter((r) => r.status === 'done').length;
  const skipped = results.filter((r) => r.status === 'skipped').length;
  // While it runs, the users still waiting are not problems (and a long table would slow it).
  const listed = onlyProblems
    ? results.filter((r) => r.status !== 'done' && !(run.running && r.status === 'not-run'))
    : results;

  return (
    <section
      aria-labelledby="bulk-run-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="bulk-run-title" className="text-lg font-semibold text-slate-900">
        {action.label}
        {run.params.groupName ? ` (${run.params.groupName})` : ''}: {count.format(results.length)}{' '}
        {results.length === 1 ? 'user' : 'users'}
      </h2>
      {run.running ? (
        <div className="space-y-2">
          <progress
            className="w-full"
            aria-label={`${action.label} progress`}
            max={progress.total || 1}
            value={progress.total - progress.remaining}
          />
          <p role="status" className="text-sm text-slate-700">
            {count.format(progress.done)} done, {count.format(progress.failed)} failed,{' '}
            {count.format(progress.remaining)} remaining · {rate.format(progress.usersPerSecond)}{' '}
            users/s (pace {rate.format(progress.pace)}/s
            {progress.throttled > 0 &&
              `, ${count.format(progress.throttled)} throttled and retried`}
            )
          </p>
          <Button variant="secondary" onClick={() => stopBulkRun(run.poolId)}>
            Stop
          </Button>
        </div>
      ) : (
        <div className="space-y-3">
          <p role="status" className="text-sm text-slate-800">
            {run.stopped ? 'Stopped. ' : 'Finished. '}
            {count.format(done)} done, {count.format(failed)} failed
            {skipped > 0 && `, ${count.format(skipped)} skipped`}
            {notRun > 0 && `, ${count.format(notRun)} not run`}.
          </p>
          <div className="flex flex-wrap gap-2">
            {failed > 0 && (
              <Button onClick={() => retryFailed(run.poolId, ctx)}>
                Retry failed ({count.format(failed)})
              </Button>
            )}
            {notRun > 0 && (
              <Button variant="secondary" onClick={() => runTheRest(run.poolId, ctx)}>
                Run the {count.format(notRun)} not run
              </Button>
            )}
            <Button
              variant="secondary"
              onClick={() =>
                download(`${action.id}-results.csv`, resultsCsv(action.label, results))
              }
            >
              Download results CSV
            </Button>
            <Button variant="ghost" onClick={() => dismissBulkRun(run.poolId)}>
              Close
            </Button>
          </div>
        </div>
      )}
      <Choice
        checked={onlyProblems}
        onChange={(event) => setOnlyProblems(event.target.checked)}
        label="Show only users not done"
      />
      {listed.length > 0 && (
        <DataTable
          caption={`${action.label} results`}
          columns={columns}
          rows={listed.slice(0, SHOWN_ROWS)}
          rowKey={(r) => r.username}
        />
      )}
      {listed.length > SHOWN_ROWS && (
        <p className="text-sm text-slate-600">
          The first {SHOWN_ROWS} of {count.format(listed.length)} rows; the CSV has them all.
        </p>
      )}
    </section>
  );
}
