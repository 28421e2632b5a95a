import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Button } from '@/components/Button';
import { describeCondition, encodeCondition, type Condition } from '@/lib/user-search/conditions';
import { describeUnknownAttribute, unknownAttributes } from '@/lib/user-search/unknown-attributes';
import { UsersTable } from '../UsersTable';
import type { UserColumn } from '../user-columns';
import { ConditionsBuilder } from './ConditionsBuilder';
import { DEEP_SEARCH_MAX_MATCHES, describeProgress } from './deep-search-run';
import { useDeepSearch } from './use-deep-search';

interface DeepSearchPanelProps {
  poolId: string;
  /** The conditions the URL holds; a non-empty list runs. */
  conditions: readonly Condition[];
  attributeNames: readonly string[];
  /** Every name a condition may use, once the pool's schema is known. */
  knownAttributes?: readonly string[];
  columns: readonly UserColumn[];
  onConditionsChange: (conditions: Condition[]) => void;
}

const count = new Intl.NumberFormat();

/** Scans the whole pool page by page for what ListUsers cannot filter; results stream in. */
export function DeepSearchPanel({
  poolId,
  conditions,
  attributeNames,
  knownAttributes,
  columns,
  onConditionsChange,
}: DeepSearchPanelProps) {
  const conditionsKey = JSON.stringify(conditions.map(encodeCondition));
  const [attempt, setAttempt] = useState(0);
  // Conditions started here were checked by the form; those from a link are checked below first,
  // so a shared link with a misspelt attribute does not cost a full scan either.
  const [confirmedKey, setConfirmedKey] = useState<string>();
  const unknown = knownAttributes
    ? unknownAttributes(
        conditions.map((c) => c.attribute),
        knownAttributes,
      )
    : undefined;
  const held =
    conditions.length > 0 &&
    confirmedKey !== conditionsKey &&
    (unknown === undefined || unknown.length > 0);
  const { snapshot, stop } = useDeepSearch(poolId, conditionsKey, attempt, { enabled: !held });
  const running = snapshot.status === 'running';
  const started = snapshot.status !== 'idle';

  const start = (next: Condition[]) => {
    setConfirmedKey(JSON.stringify(next.map(encodeCondition)));
    if (JSON.stringify(next.map(encodeCondition)) === conditionsKey) setAttempt((a) => a + 1);
    else onConditionsChange(next);
  };

  const outcome =
    snapshot.status === 'complete'
      ? 'Finished.'
      : snapshot.status === 'stopped'
        ? 'Stopped.'
        : snapshot.status === 'match-limit'
          ? `Stopped at ${count.format(DEEP_SEARCH_MAX_MATCHES)} matches: add a condition to narrow the search.`
          : '';

  return (
    <section aria-labelledby="deep-search-heading" className="space-y-4">
      <div>
        <h2 id="deep-search-heading" className="text-lg font-semibold text-slate-900">
          Deep search
        </h2>
        <p className="text-sm text-slate-600">
          For what Cognito cannot filter: custom attributes, “contains”, several attributes at once.
          Reads every user of the pool, at most 25 requests a second, so large pools take a while.
        </p>
      </div>
      <ConditionsBuilder
        key={conditionsKey}
        initial={conditions}
        attributeNames={attributeNames}
        knownAttributes={knownAttributes}
        running={running}
        onStart={start}
        onStop={stop}
      />
      {held && unknown && unknown.length > 0 && (
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          {unknown.map((problem) => (
            <p key={problem.attribute} className="text-sm text-amber-900">
              {describeUnknownAttribute(problem, 'Nothing was scanned.')}
            </p>
          ))}
          <Button variant="secondary" onClick={() => setConfirmedKey(conditionsKey)}>
            Search anyway
          </Button>
        </div>
      )}
      {/* Announced politely, at most every few seconds (see DeepSearchRun). */}
      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {snapshot.announcement}
      </p>
      {started && (
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-800">
          {running && (
            <span
              aria-hidden="true"
              className="size-3.5 animate-spin rounded-full border-2 border-blue-700 border-t-transparent"
            />
          )}
          <span data-testid="deep-search-progress">{describeProgress(snapshot.progress)}</span>
          {outcome && <span className="text-slate-600">{outcome}</span>}
          {snapshot.progress.throttled > 0 && (
            <span className="text-amber-800">
              Slowed down by AWS throttling {snapshot.progress.throttled}×.
            </span>
          )}
        </div>
      )}
      {snapshot.status === 'error' && (
        <ErrorState
          title="The deep search failed"
          error={snapshot.error}
          onRetry={() => setAttempt((a) => a + 1)}
        />
      )}
      {snapshot.matches.length > 0 ? (
        <UsersTable
          poolId={poolId}
          users={snapshot.matches}
          columns={columns}
          caption={`Users where ${conditions.map(describeCondition).join(' and ')}`}
        />
      ) : (
        started &&
        !running &&
        snapshot.status !== 'error' && (
          <EmptyState title="No user matched">
            Check the attribute names (custom ones start with custom:) or loosen a condition.
          </EmptyState>
        )
      )}
    </section>
  );
}
