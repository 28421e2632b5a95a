import type { RawUser } from '@/api/users/list-users';
import type { StreamProgress, UserSource } from '@/api/users/stream-users';
import type { EscapeOptions } from '@/lib/csv/escape';
import { exportPages } from './export-pages';
import { runCsvExport, type CsvSink, type ExportCounts } from '@/lib/csv/export-run';

export type ExportStatus = 'idle' | 'running' | 'complete' | 'cancelled' | 'error';

export interface ExportSnapshot {
  status: ExportStatus;
  counts: ExportCounts;
  stream: StreamProgress;
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
  toRow: (user: RawUser) => string[];
  escape: EscapeOptions;
  requestsPerSecond: number;
  sink: CsvSink;
  fileName: string;
}

const PROGRESS_EVERY_MS = 250;

const noCounts: ExportCounts = { users: 0, pages: 0, guarded: 0 };
const noStream: StreamProgress = { pages: 0, scanned: 0, yielded: 0, throttled: 0 };

/**
 * One export at a time, as an external store (useSyncExternalStore): the export outlives renders,
 * Cancel ends it between pages and the file keeps what was written.
 */
export class UserExportRun {
  private snapshot: ExportSnapshot = {
    status: 'idle',
    counts: noCounts,
    stream: noStream,
    startedAt: 0,
    at: 0,
    fileName: '',
  };
  private listeners = new Set<() => void>();
  private controller?: AbortController;
  /** Progress not shown yet, and whether a repaint is already planned for it. */
  private progress: Pick<ExportSnapshot, 'counts' | 'stream'> = {
    counts: noCounts,
    stream: noStream,
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
  private noteProgress(next: Partial<Pick<ExportSnapshot, 'counts' | 'stream'>>) {
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
    this.progress = { counts: noCounts, stream: noStream };
    this.update({
      status: 'running',
      counts: noCounts,
      stream: noStream,
      startedAt: Date.now(),
      fileName: plan.fileName,
      error: undefined,
    });
    runCsvExport({
      pages: exportPages(plan.poolId, plan.source, {
        signal: controller.signal,
        requestsPerSecond: plan.requestsPerSecond,
        onProgress: (stream) => current() && this.noteProgress({ stream }),
      }),
      header: plan.header,
      toRow: plan.toRow,
      escape: plan.escape,
      sink: plan.sink,
      signal: controller.signal,
      onProgress: (counts) => current() && this.noteProgress({ counts }),
    }).then(
      ({ outcome, counts }) =>
        current() && this.update({ status: outcome, stream: this.progress.stream, counts }),
      (error: unknown) => current() && this.update({ status: 'error', error, ...this.progress }),
    );
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
    this.update({ status: 'idle', counts: noCounts, stream: noStream, error: undefined });
  }
}
