import type { QueryClient } from '@tanstack/react-query';
import { groupKeys } from '@/api/groups/group-keys';
import { userKeys } from '@/api/users/user-keys';
import { onSignOut } from '@/aws/session';
import { runBulk, type BulkProgress, type BulkResult } from '@/lib/bulk/bulk-run';
import { skipReason, type BulkTarget } from '@/lib/bulk/skip-reason';
import type { SignedInOperator } from '@/lib/users/console-operators';
import {
  actionCall,
  QUOTA_CATEGORIES,
  type BulkActionKind,
  type BulkActionParams,
} from './bulk-action-kinds';

export type SelectedUser = BulkTarget;

export interface BulkRun {
  poolId: string;
  action: BulkActionKind;
  params: BulkActionParams;
  running: boolean;
  /** Stop was pressed during the last round. */
  stopped: boolean;
  /** One per user, in the order picked; retries update their rows. */
  results: readonly BulkResult[];
  /** The current (or last) round: the first run, or a Retry failed. */
  progress: BulkProgress;
  round: number;
}

interface RunRecord {
  run: BulkRun;
  users: Map<string, SelectedUser>;
  controller?: AbortController;
}

const records = new Map<string, RunRecord>();
const listeners = new Set<() => void>();

function publish(poolId: string, change: Partial<BulkRun>) {
  const record = records.get(poolId);
  if (!record) return;
  record.run = { ...record.run, ...change };
  for (const listener of listeners) listener();
}

function anyRunning() {
  return [...records.values()].some((r) => r.run.running);
}

// A closed or reloaded tab would end a run unseen: the browser asks first.
function warnBeforeUnload(event: BeforeUnloadEvent) {
  if (!anyRunning()) return;
  event.preventDefault();
  event.returnValue = '';
}
if (typeof window !== 'undefined') window.addEventListener('beforeunload', warnBeforeUnload);

onSignOut(() => {
  for (const record of records.values()) record.controller?.abort();
  records.clear();
  for (const listener of listeners) listener();
});

export const bulkRunStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  get(poolId: string): BulkRun | undefined {
    return records.get(poolId)?.run;
  },
};

/** Refreshes, once per round, the views the action changed (as its one-user mutation would). */
async function invalidate(queryClient: QueryClient, run: BulkRun, acted: readonly string[]) {
  const { poolId, action, params } = run;
  switch (action.id) {
    case 'signOut':
    case 'resendInvitation':
      return; // Nothing the console shows changes.
    case 'addToGroup':
    case 'removeFromGroup':
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: groupKeys.members(poolId, params.groupName ?? ''),
        }),
        queryClient.invalidateQueries({ queryKey: userKeys.memberships(poolId) }),
      ]);
      return;
    case 'delete':
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists(poolId) }),
        queryClient.invalidateQueries({ queryKey: groupKeys.allMembers(poolId) }),
      ]);
      for (const username of acted) {
        queryClient.removeQueries({ queryKey: userKeys.detail({ poolId, username }) });
        queryClient.removeQueries({ queryKey: userKeys.groups({ poolId, username }) });
      }
      return;
    default:
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists(poolId) }),
        queryClient.invalidateQueries({ queryKey: userKeys.details(poolId) }),
        queryClient.invalidateQueries({ queryKey: groupKeys.allMembers(poolId) }),
      ]);
  }
}

interface RoundContext {
  queryClient: QueryClient;
  operator: SignedInOperator | null;
}

async function runRound(poolId: string, usernames: readonly string[], ctx: RoundContext) {
  const record = records.get(poolId);
  if (!record) return;
  const controller = new AbortController();
  record.controller = controller;
  const { action, params } = record.run;
  const order = new Map(record.run.results.map((r, i) => [r.username, i]));
  const results = [...record.run.results];
  const acted: string[] = [];
  let latest = record.run.progress;
  let timer: ReturnType<typeof setTimeout> | undefined;
  publish(poolId, { running: true, stopped: false, round: record.run.round + 1 });
  try {
    const outcome = await runBulk({
      usernames,
      act: actionCall(action.id, poolId, params),
      ratePerSecond: QUOTA_CATEGORIES[action.category].pace,
      skip: (username) => {
        const user = record.users.get(username);
        const rules = {
          spareOwnAccount: action.spareOwnAccount,
          invitation: action.id === 'resendInvitation',
        };
        return user && skipReason(poolId, rules, user, ctx.operator);
      },
      signal: controller.signal,
      onProgress: (progress, finished) => {
        for (const result of finished) {
          const index = order.get(result.username);
          if (index !== undefined) results[index] = result;
          if (result.status === 'done') acted.push(result.username);
        }
        latest = progress;
        // At most ten repaints a second: a render per user would slow the run it shows.
        if (!timer) {
          timer = setTimeout(() => {
            timer = undefined;
            if (records.get(poolId) === record)
              publish(poolId, { progress: latest, results: [...results] });
          }, 100);
        }
      },
    });
    clearTimeout(timer);
    timer = undefined;
    for (const result of outcome.results) {
      const index = order.get(result.username);
      if (index !== undefined) results[index] = result;
    }
    if (records.get(poolId) !== record) return;
    publish(poolId, {
      running: false,
      stopped: outcome.stopped,
      progress: outcome.progress,
      results,
    });
  } finally {
    clearTimeout(timer);
    record.controller = undefined;
    if (records.get(poolId) === record) publish(poolId, { running: false });
    await invalidate(ctx.queryClient, record.run, acted);
  }
}

const emptyProgress = (total: number): BulkProgress => ({
  total,
  done: 0,
  failed: 0,
  skipped: 0,
  remaining: total,
  throttled: 0,
  usersPerSecond: 0,
  pace: 0,
});

/** Starts an action on a fixed list of users (each once). One run per pool at a time. */
export function startBulkRun(
  poolId: string,
  action: BulkActionKind,
  params: BulkActionParams,
  picked: readonly SelectedUser[],
  ctx: RoundContext,
): void {
  if (records.get(poolId)?.run.running) return;
  const users = new Map<string, SelectedUser>();
  for (const user of picked) if (!users.has(user.username)) users.set(user.username, user);
  const usernames = [...users.keys()];
  records.set(poolId, {
    users,
    run: {
      poolId,
      action,
      params,
      running: true,
      stopped: false,
      results: usernames.map((username) => ({ username, status: 'not-run' })),
      progress: emptyProgress(usernames.length),
      round: 0,
    },
  });
  void runRound(poolId, usernames, ctx);
}

/** Stop: no new calls; the calls in flight finish and are recorded. */
export function stopBulkRun(poolId: string): void {
  records.get(poolId)?.controller?.abort();
}

/** Runs the action again on the users that failed, and only on them. */
export function retryFailed(poolId: string, ctx: RoundContext): void {
  const record = records.get(poolId);
  if (!record || record.run.running) return;
  const failed = record.run.results.filter((r) => r.status === 'failed').map((r) => r.username);
  if (failed.length > 0) void runRound(poolId, failed, ctx);
}

/** Runs the action on the users Stop left out. */
export function runTheRest(poolId: string, ctx: RoundContext): void {
  const record = records.get(poolId);
  if (!record || record.run.running) return;
  const rest = record.run.results.filter((r) => r.status === 'not-run').map((r) => r.username);
  if (rest.length > 0) void runRound(poolId, rest, ctx);
}

export function dismissBulkRun(poolId: string): void {
  if (records.get(poolId)?.run.running) return;
  records.delete(poolId);
  for (const listener of listeners) listener();
}
