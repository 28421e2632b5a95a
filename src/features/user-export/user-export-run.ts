import { readPoolGroupMemberships } from '@/api/users/group-memberships';
import type { RawUser } from '@/api/users/list-users';
import type { StreamProgress, UserSource } from '@/api/users/stream-users';
import type { EscapeOptions } from '@/lib/csv/escape';
import type { GroupsByUser } from '@/lib/csv/user-row';
import type { MembershipsProgress } from '@/lib/users/group-memberships';
import { exportPages } from './export-pages';
import { runCsvExport, type CsvSink, type ExportCounts } from '@/lib/csv/export-run';

export type ExportStatus = 'idle' | 'running' | 'complete' | 'cancelled' | 'error';

/** With a groups column, the export first reads every group's members, then the users. */
export type ExportPhase = 'groups' | 'users';

export interface ExportSnapshot {
  status: ExportStatus;
  phase: ExportPhase;
  memberships: MembershipsProgress;
  counts: ExportCounts;
  stream: StreamProgress;
  /** When the users phase started: its rate is measured from here. */
  startedAt: number;
  /** When the snapshot was taken: the rate is measured up to here. */
  at: number;
  fileName: string;
  error?: unknown;
}

export interface ExportPlan {
  poolId: string;
  source: UserSource;
  header: readonly string[];
  /** Whether rows need each user's groups, read before the users. */
  groups: boolean;
  /** The row of a user, given each user's groups when `groups` is set. */
  rowBuilder: (groupsByUser?: GroupsByUser) => (user: RawUser) => string[];
  escape: EscapeOptions;
  requestsPerSecond: number;
  sink: CsvSink;
  fileName: string;
}

const PROGRESS_EVERY_MS = 250;

const noCounts: ExportCounts = { users: 0, pages: 0, guarded: 0 };
const noStream: StreamProgress = { pages: 0, scanned: 0, yielded: 0, throttled: 0 };
const noMemberships: MembershipsProgress = { groups: 0, groupsRead: 0, members: 0, throttled: 0 };

/**
 * One export at a time, as an external store (useSyncExternalStore): the export outlives renders,
 * Cancel ends it between pages and the file keeps what was written.
 */
export class UserExportRun {
  private snapshot: ExportSnapshot = {
    status: 'idle',
    phase: 'users',
    memberships: noMemberships,
    counts: noCounts,
    stream: noStream,
    startedAt: 0,
    at: 0,
    fileName: '',
  };
  private listeners = new Set<() => void>();
  private controller?: AbortController;
  /** Progress not shown yet, and whether a repaint is already planned for it. */
  private progress: Pick<ExportSnapshot, 'counts' | 'stream' | 'memberships'> = {
    counts: noCounts,
    stream: noStream,
    memberships: noMemberships,
  };
  private progressTimer?: ReturnType<typeof setTimeout>;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private update(next: Partial<ExportSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next, at: Date.now() };
    for (const listener of this.listeners) listener();
  }

  /**
   * Progress arrives twice a page (up to 60 times a second); the page repaints it at most every
   * PROGRESS_EVERY_MS, leaving the main thread to the export itself.
   */
  private noteProgress(next: Partial<Pick<ExportSnapshot, 'counts' | 'stream' | 'memberships'>>) {
    this.progress = { ...this.progress, ...next };
    this.progressTimer ??= setTimeout(() => {
      this.progressTimer = undefined;
      if (this.running) this.update(this.progress);
    }, PROGRESS_EVERY_MS);
  }

  start(plan: ExportPlan) {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const current = () => this.controller === controller;
    this.progress = { counts: noCounts, stream: noStream, memberships: noMemberships };
    this.update({
      status: 'running',
      phase: plan.groups ? 'groups' : 'users',
      memberships: noMemberships,
      counts: noCounts,
      stream: noStream,
      startedAt: Date.now(),
      fileName: plan.fileName,
      error: undefined,
    });
    const { signal } = controller;
    let toRow = plan.rowBuilder();
    const pages = this.pagesOf(plan, signal, current, (groupsByUser) => {
      toRow = plan.rowBuilder(groupsByUser);
    });
    runCsvExport({
      pages,
      header: plan.header,
      toRow: (user) => toRow(user),
      escape: plan.escape,
      sink: plan.sink,
      signal,
      onProgress: (counts) => current() && this.noteProgress({ counts }),
    }).then(
      ({ outcome, counts }) =>
        current() && this.update({ status: outcome, stream: this.progress.stream, counts }),
      (error: unknown) => current() && this.update({ status: 'error', error, ...this.progress }),
    );
  }

  /**
   * The users' pages. With groups, every group's members are read first, inside the stream: the
   * header is written by then, so a cancel or an error during that phase still leaves a file with
   * its header, as one during the users does.
   */
  private async *pagesOf(
    plan: ExportPlan,
    signal: AbortSignal,
    current: () => boolean,
    onGroups: (groupsByUser: GroupsByUser) => void,
  ): AsyncGenerator<RawUser[]> {
    if (plan.groups) {
      onGroups(
        await readPoolGroupMemberships(plan.poolId, {
          signal,
          requestsPerSecond: plan.requestsPerSecond,
          onProgress: (memberships) => current() && this.noteProgress({ memberships }),
        }),
      );
      if (current()) {
        this.update({
          phase: 'users',
          memberships: this.progress.memberships,
          startedAt: Date.now(),
        });
      }
    }
    yield* exportPages(plan.poolId, plan.source, {
      signal,
      requestsPerSecond: plan.requestsPerSecond,
      onProgress: (stream) => current() && this.noteProgress({ stream }),
    });
  }

  /** Whether Cancel was pressed (the file being closed is then a partial one). */
  get aborted() {
    return this.controller?.signal.aborted ?? false;
  }

  get running() {
    return this.snapshot.status === 'running';
  }

  /** Ends the export between pages; the file is closed with the rows written so far. */
  cancel() {
    this.controller?.abort();
  }

  /** Back to the options, for another export. */
  reset() {
    if (this.running) return;
    this.update({
      status: 'idle',
      phase: 'users',
      memberships: noMemberships,
      counts: noCounts,
      stream: noStream,
      error: undefined,
    });
  }
}
