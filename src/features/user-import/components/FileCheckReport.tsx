import { Alert } from '@/components/Alert';
import { formatCount } from './format-count';
import type { FileCheckState } from './use-import-file-check';

/** The outcome of checking the chosen file: its users, or its first problems by row and column. */
export function FileCheckReport({ state, id }: { state: FileCheckState; id: string }) {
  if (state.status === 'none') return null;
  if (state.status === 'checking') {
    const { progress } = state;
    const percent =
      progress && progress.total > 0 ? Math.floor((progress.read / progress.total) * 100) : 0;
    return (
      <p id={id} role="status" className="text-sm text-slate-700">
        Checking {state.file.name}… {percent}%
        {progress ? ` (${formatCount(progress.rows)} rows read)` : ''}
      </p>
    );
  }
  if (state.status === 'unreadable') {
    return (
      <div id={id}>
        <Alert>{state.message}</Alert>
      </div>
    );
  }
  const { report } = state;
  if (report.problemCount === 0) {
    return (
      <div id={id}>
        <Alert tone="info" title="The file is ready to import">
          {state.file.name}: {formatCount(report.rows)} {report.rows === 1 ? 'user' : 'users'}, no
          problems found.
        </Alert>
      </div>
    );
  }
  const more = report.problemCount - report.problems.length;
  return (
    <div id={id} className="space-y-2">
      <Alert
        title={`${formatCount(report.problemCount)} ${report.problemCount === 1 ? 'problem' : 'problems'} in ${state.file.name}: nothing was sent`}
      >
        Fix the file and choose it again.
        {more > 0 ? ` The first ${report.problems.length} are listed.` : ''}
      </Alert>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Problems in the file</caption>
        <thead className="border-b border-slate-200 text-slate-700">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Row
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Column
            </th>
            <th scope="col" className="py-1 font-medium">
              Problem
            </th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((problem, index) => (
            <tr key={index} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-3 tabular-nums">{problem.row}</td>
              <td className="py-1 pr-3 font-mono text-xs">{problem.column ?? '—'}</td>
              <td className="py-1">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <p className="text-sm text-slate-700">
          …and {formatCount(more)} more {more === 1 ? 'problem' : 'problems'}.
        </p>
      )}
    </div>
  );
}
