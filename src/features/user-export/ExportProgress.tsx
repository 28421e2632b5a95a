import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { exportPace, formatDuration } from '@/lib/csv/export-rate';
import type { ExportSnapshot } from './user-export-run';

interface ExportProgressProps {
  snapshot: ExportSnapshot;
  /** The users scanned in all, when known (the pool's estimate, for a scan of the whole pool). */
  total?: number;
  /** Whether every scanned user is written (false for a deep search or a lookup). */
  writesAllScanned: boolean;
  onCancel: () => void;
  onAgain: () => void;
  onClose: () => void;
}

const count = new Intl.NumberFormat();
const plural = (n: number, one: string, many: string) =>
  `${count.format(n)} ${n === 1 ? one : many}`;

export function ExportProgress({
  snapshot,
  total,
  writesAllScanned,
  onCancel,
  onAgain,
  onClose,
}: ExportProgressProps) {
  const { status, counts, stream, memberships } = snapshot;
  const running = status === 'running';
  const readingGroups = running && snapshot.phase === 'groups';
  const pace = exportPace(stream.scanned, snapshot.at - snapshot.startedAt, total);
  const parts = [
    `${plural(counts.users, 'user', 'users')} written`,
    ...(writesAllScanned ? [] : [`${plural(stream.scanned, 'user', 'users')} scanned`]),
    plural(stream.pages, 'page', 'pages'),
    ...(running && stream.pages > 0
      ? [`${count.format(Math.round(pace.usersPerSecond))} users/s`]
      : []),
    ...(running && pace.secondsLeft !== undefined
      ? [`about ${formatDuration(pace.secondsLeft)} left`]
      : []),
  ];
  const groupsRead =
    memberships.groupsRead === memberships.groups
      ? plural(memberships.groups, 'group', 'groups')
      : `${count.format(memberships.groupsRead)} of ${plural(memberships.groups, 'group', 'groups')}`;
  const throttled = stream.throttled + memberships.throttled;
  return (
    <div className="space-y-4">
      {!readingGroups && total !== undefined && total > 0 && (
        <progress
          className="w-full"
          aria-label="Users scanned"
          max={total}
          value={Math.min(stream.scanned, total)}
        />
      )}
      <p data-testid="export-progress" className="text-sm text-slate-800">
        {readingGroups
          ? `Reading group memberships: ${groupsRead}, ${plural(memberships.members, 'member', 'members')}`
          : parts.join(' · ')}
      </p>
      {throttled > 0 && (
        <p className="text-sm text-amber-800">
          Slowed down by AWS throttling {throttled}×; nothing was skipped.
        </p>
      )}
      <Outcome snapshot={snapshot} />
      <div className="flex justify-end gap-2">
        {running ? (
          <Button variant="danger" onClick={onCancel}>
            Cancel export
          </Button>
        ) : (
          <>
            <Button variant="secondary" onClick={onAgain}>
              Export again
            </Button>
            <Button onClick={onClose}>Back to users</Button>
          </>
        )}
      </div>
    </div>
  );
}

function Outcome({ snapshot }: { snapshot: ExportSnapshot }) {
  const { status, counts, fileName } = snapshot;
  const rows = plural(counts.users, 'user', 'users');
  const guarded =
    counts.guarded > 0
      ? ` ${plural(counts.guarded, 'value starts', 'values start')} with ' added by the formula guard.`
      : '';
  if (status === 'complete')
    return (
      <Alert tone="info" title="Export finished">
        {rows} in {fileName}.{guarded}
      </Alert>
    );
  if (status === 'cancelled')
    return (
      <Alert tone="warning" title="Export cancelled">
        {fileName} has the header and the {rows} written before the cancel, every row complete.
        {guarded}
      </Alert>
    );
  if (status === 'error')
    return (
      <Alert title="The export stopped">
        {getErrorMessage(snapshot.error)} {fileName} has the header and the {rows} written before.
      </Alert>
    );
  return (
    <p role="status" className="sr-only">
      Export running.
    </p>
  );
}
