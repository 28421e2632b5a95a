import { useEffect, useState, useSyncExternalStore } from 'react';
import { decodeCondition, matchAll, type Condition } from '@/lib/user-search/conditions';
import { listUsersRaw } from '@/api/users/list-users';
import { DeepSearchRun } from './deep-search-run';

/**
 * Runs the deep search the URL describes. When `conditionsKey` (JSON of the encoded conditions)
 * or `attempt` (bumped by Start to rerun the same search) changes, the old scan stops and a new
 * one starts; while `enabled` is false nothing scans. The scan is an external process, hence an effect; its state lives in the run.
 */
export function useDeepSearch(
  poolId: string,
  conditionsKey: string,
  attempt: number,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const [run] = useState(() => new DeepSearchRun());
  const snapshot = useSyncExternalStore(run.subscribe, run.getSnapshot);

  useEffect(() => {
    const conditions = (JSON.parse(conditionsKey) as string[])
      .map(decodeCondition)
      .filter((c): c is Condition => c !== undefined);
    if (!enabled || conditions.length === 0) return;
    run.start(
      (token, signal) => listUsersRaw(poolId, { paginationToken: token }, signal),
      matchAll(conditions),
    );
    return () => run.stop();
  }, [run, poolId, conditionsKey, attempt, enabled]);

  return { snapshot, stop: () => run.stop() };
}
