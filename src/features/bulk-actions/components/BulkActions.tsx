import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/Button';
import { describeSource, type UserSource } from '@/api/users/stream-users';
import { canCall } from '@/lib/iam/roles';
import { isSignedInOperator } from '@/lib/users/console-operators';
import { useRole, useSignedInOperator } from '@/session/session-hooks';
import { BULK_ACTIONS, type BulkActionKind } from '../bulk-action-kinds';
import { bulkRunStore, startBulkRun, type SelectedUser } from '../bulk-run-store';
import { BulkActionDialog } from './BulkActionDialog';
import { BulkRunPanel } from './BulkRunPanel';
import { SelectAllMatching } from './SelectAllMatching';

const count = new Intl.NumberFormat();

export interface BulkActionsProps {
  poolId: string;
  /** The users the page's search means: "all that match" walks it. */
  source: UserSource;
  selected: ReadonlyMap<string, SelectedUser>;
  onReplaceSelection: (users: SelectedUser[]) => void;
  onClearSelection: () => void;
}

/**
 * The Users page's bulk toolbar: what is selected, "select all that match", the actions the
 * role may take, and, once one runs, its progress and results.
 */
export function BulkActions({
  poolId,
  source,
  selected,
  onReplaceSelection,
  onClearSelection,
}: BulkActionsProps) {
  const role = useRole();
  const operator = useSignedInOperator();
  const queryClient = useQueryClient();
  const run = useSyncExternalStore(bulkRunStore.subscribe, () => bulkRunStore.get(poolId));
  const [chosen, setChosen] = useState<BulkActionKind | null>(null);
  // The size of the selection "all that match" made; ticking a box off makes it a plain selection.
  const [matched, setMatched] = useState<{ size: number; described: string } | null>(null);
  const described = describeSource(source);
  const allMatching = matched?.described === described && matched.size === selected.size;

  const actions = BULK_ACTIONS.filter((a) => role !== null && canCall(role, a.operation));
  if (actions.length === 0) return null;
  if (run) return <BulkRunPanel run={run} />;

  const total = selected.size;
  const who = allMatching
    ? `all ${count.format(total)} ${described}`
    : total === 1
      ? 'the selected user'
      : `the ${count.format(total)} selected users`;
  const includesOwnAccount =
    chosen?.spareOwnAccount === true &&
    operator !== null &&
    [...selected.values()].some((u) =>
      isSignedInOperator({ poolId, username: u.username, sub: u.sub }, operator),
    );

  return (
    <section
      aria-label="Bulk actions"
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" className="text-sm font-medium text-slate-800">
          {total === 0
            ? 'No user selected'
            : allMatching
              ? `All ${count.format(total)} ${described} are selected`
              : `${count.format(total)} selected`}
        </p>
        {!allMatching && (
          <SelectAllMatching
            key={`${poolId} ${described}`}
            poolId={poolId}
            source={source}
            described={described}
            onCollected={(users) => {
              onReplaceSelection(users);
              setMatched({ size: new Set(users.map((u) => u.username)).size, described });
            }}
          />
        )}
        {total > 0 && (
          <Button variant="ghost" onClick={onClearSelection}>
            Clear selection
          </Button>
        )}
      </div>
      <div role="group" aria-label="Act on the selected users" className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <Button
            key={action.id}
            variant={action.id === 'delete' ? 'danger' : 'secondary'}
            disabled={total === 0}
            onClick={() => setChosen(action)}
          >
            {action.label}
          </Button>
        ))}
      </div>
      {chosen && (
        <BulkActionDialog
          poolId={poolId}
          action={chosen}
          total={total}
          who={who}
          includesOwnAccount={includesOwnAccount}
          onCancel={() => setChosen(null)}
          onConfirm={(params) => {
            setChosen(null);
            startBulkRun(poolId, chosen, params, [...selected.values()], {
              queryClient,
              operator,
            });
            onClearSelection();
          }}
        />
      )}
    </section>
  );
}
