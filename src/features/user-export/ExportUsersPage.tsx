import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useBlocker, useNavigate, useParams, useSearchParams } from 'react-router';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useDescribeUserPool } from '@/api/pools/describe-user-pool';
import { useCsvHeader } from '@/api/user-import/get-csv-header';
import { describeSource, userSourceOf, type UserSource } from '@/api/users/stream-users';
import { exportHeader, userRowBuilder, type PoolMfa } from '@/lib/csv/user-row';
import { readUsersSearch } from '@/lib/user-search/url-state';
import { useCanCall } from '@/session/session-hooks';
import { toUsers } from '@/features/users/routes';
import { canChooseFile, chooseFileSink, downloadSink } from './csv-sinks';
import { defaultExportOptions, exportFileName, type ExportOptions } from './export-options';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportProgress } from './ExportProgress';
import { UserExportRun } from './user-export-run';

/** Options, then progress and the outcome. Leaving mid-export asks first, then cancels it. */
export function ExportUsersPage() {
  const { poolId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const source = userSourceOf(readUsersSearch(searchParams));
  const [run] = useState(() => new UserExportRun());
  const snapshot = useSyncExternalStore(run.subscribe, run.getSnapshot);
  const running = snapshot.status === 'running';
  useEffect(() => () => run.cancel(), [run]);
  useWarnBeforeUnload(running);
  const blocker = useBlocker(running);
  const [pickerAvailable] = useState(canChooseFile);
  const [options, setOptions] = useState<ExportOptions>(() =>
    defaultExportOptions(pickerAvailable),
  );
  const [startError, setStartError] = useState<unknown>();
  const starting = useRef(false);
  const csvHeader = useCsvHeader(poolId);
  const pool = useDescribeUserPool(poolId);
  const canListGroups = useCanCall('ListGroups');
  const canListMembers = useCanCall('ListUsersInGroup');
  const canReadGroups = canListGroups && canListMembers;

  const shownIsPool =
    source.kind === 'pool' || (source.kind === 'deep' && source.conditions.length === 0);
  const chosen: UserSource = options.scope === 'pool' || shownIsPool ? { kind: 'pool' } : source;
  const total =
    chosen.kind === 'pool' || chosen.kind === 'deep'
      ? pool.data?.EstimatedNumberOfUsers
      : undefined;
  const loadError = csvHeader.error ?? pool.error;
  const notReady =
    csvHeader.data && pool.data
      ? undefined
      : loadError
        ? 'The export needs the pool and its CSV header.'
        : 'Reading the pool…';
  const backToUsers = () => navigate(`${toUsers({ poolId })}?${searchParams.toString()}`);

  const start = async () => {
    if (starting.current || !csvHeader.data || !pool.data) return;
    starting.current = true;
    setStartError(undefined);
    try {
      const now = new Date();
      const name = exportFileName(poolId, now);
      const target =
        options.save === 'file'
          ? await chooseFileSink(name)
          : {
              fileName: name,
              sink: downloadSink(() => (run.aborted ? exportFileName(poolId, now, true) : name)),
            };
      if (!target) return;
      const header = csvHeader.data.header;
      const mfa = (pool.data.MfaConfiguration ?? 'OFF') as PoolMfa;
      const groups = canReadGroups && options.columns === 'report' && options.groups;
      run.start({
        poolId,
        source: chosen,
        header: exportHeader(header, options.columns, groups),
        groups,
        rowBuilder: (groupsByUser) => userRowBuilder(header, options.columns, mfa, groupsByUser),
        escape: {
          dialect: options.columns === 'import' ? 'cognito' : 'rfc4180',
          formulaGuard: options.formulaGuard,
        },
        requestsPerSecond: options.requestsPerSecond,
        ...target,
      });
    } catch (error) {
      setStartError(error);
    } finally {
      starting.current = false;
    }
  };

  return (
    <section aria-labelledby="export-heading" className="max-w-2xl space-y-4">
      <div className="space-y-1">
        <h1 id="export-heading" className="text-2xl font-semibold text-slate-900">
          Export users as CSV
        </h1>
        <p className="text-sm text-slate-700">
          Exports {describeSource(chosen)}, page by page under the ListUsers quota, straight into
          the file: a pool of any size fits.
        </p>
      </div>
      {loadError && <Alert>{getErrorMessage(loadError)}</Alert>}
      {startError !== undefined && <Alert>{getErrorMessage(startError)}</Alert>}
      {snapshot.status === 'idle' ? (
        <ExportOptionsForm
          options={options}
          onChange={setOptions}
          shownUsers={shownIsPool ? undefined : describeSource(source)}
          poolSize={pool.data?.EstimatedNumberOfUsers}
          canChooseFile={pickerAvailable}
          canReadGroups={canReadGroups}
          notReady={notReady}
          onStart={() => void start()}
          onClose={backToUsers}
        />
      ) : (
        <ExportProgress
          snapshot={snapshot}
          total={total}
          writesAllScanned={chosen.kind === 'pool' || chosen.kind === 'filter'}
          onCancel={() => run.cancel()}
          onAgain={() => run.reset()}
          onClose={backToUsers}
        />
      )}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => !open && blocker.reset?.()}
        title="Leave and cancel the export?"
        confirmLabel="Cancel export and leave"
        onConfirm={() => blocker.proceed?.()}
      >
        <p>
          The file keeps the header and the {snapshot.counts.users} users written so far; the rest
          is not exported.
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** Closing the tab mid-export would lose the rest: the browser asks first. */
function useWarnBeforeUnload(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
