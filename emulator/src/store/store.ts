import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DIR_MODE, journalFile, journalNumbers } from './files.ts';
import { Journal } from './journal.ts';
import { loadDataDir } from './load.ts';
import { allRecords, valueAt, type RecordKey } from './records.ts';
import { writeSnapshot } from './snapshot.ts';
import { emptyState, type EmulatorState } from './types.ts';

/** A journal this much larger than the last snapshot is compacted into a new snapshot. */
const COMPACT_ABOVE_BYTES = 8 * 1024 * 1024;

interface Waiter {
  upTo: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Holds the emulator's state in memory and, unless in-memory, keeps it on disk record by record.
 *
 * A write names the records it changed (`touch`); `commit` appends their new values (or their
 * deletion) to the journal and resolves once the journal is synced to disk, so an answer sent
 * after it is never lost. Concurrent commits share one sync. In the background, a journal grown
 * past the last snapshot is compacted into a new snapshot (written aside, then renamed into place),
 * and the journals it covers are removed.
 */
export class Store {
  state: EmulatorState;
  private readonly dirty = new Map<string, RecordKey>();
  private rewriteAll = false;
  /** The records the running request touched (across its awaits). */
  private readonly touchedBy = new AsyncLocalStorage<Set<string>>();
  /** The batch each record not yet on disk was serialized in. */
  private readonly batchOf = new Map<string, number>();
  private readonly batchKeys = new Map<number, string[]>();
  private pending: string[] = [];
  /** Batches serialized so far, and the last one known to be on disk. */
  private serialized = 0;
  private durable = 0;
  private waiters: Waiter[] = [];
  private writing = false;
  private rotationWanted: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  /** The journal cannot be trusted any more (lost or failed): rewrite everything before appending. */
  private broken = false;
  private compaction: Promise<void> | undefined;
  private snapshots: Promise<unknown> = Promise.resolve();
  private snapshotJournal = 0;

  private constructor(
    readonly dataDir: string | undefined,
    state: EmulatorState,
    /** True when nothing was stored before: the demo data may be seeded. */
    readonly isNew: boolean,
    private journal: Journal | undefined,
    private snapshotSize = 0,
  ) {
    this.state = state;
  }

  /** An in-memory store, or the state kept in `dataDir`; throws StateError when it is corrupt. */
  static async open(dataDir?: string): Promise<Store> {
    if (!dataDir) return new Store(undefined, emptyState(), true, undefined);
    const loaded = await loadDataDir(dataDir);
    const journal = await Journal.open(dataDir, loaded.journal, loaded.journalSize);
    const store = new Store(dataDir, loaded.state, loaded.isNew, journal, loaded.snapshotSize);
    if (loaded.imported) {
      store.touchAll();
      await store.commit();
    }
    return store;
  }

  /** Marks a record as changed (or deleted): the next commit persists its current value. */
  touch(...key: RecordKey): void {
    if (!this.journal) return;
    const id = JSON.stringify(key);
    this.dirty.set(id, key);
    this.touchedBy.getStore()?.add(id);
  }

  /** Marks the whole state as replaced (reset, seed, bulk loads). */
  touchAll(): void {
    if (!this.journal) return;
    this.rewriteAll = true;
    this.dirty.clear();
    this.touchedBy.getStore()?.add(EVERYTHING);
  }

  /**
   * Runs a request and resolves once the records it touched are on disk: success is answered only
   * when durable. Changes made before an error are persisted too, so memory and disk agree.
   * Rejects when they could not be written. A request that touched nothing does not wait.
   */
  async write<T>(run: () => T | Promise<T>): Promise<T> {
    if (!this.journal) return run();
    const touched = new Set<string>();
    let result: T;
    try {
      result = await this.touchedBy.run(touched, run);
    } catch (error) {
      await this.durableFor(touched).catch(() => undefined);
      throw error;
    }
    await this.durableFor(touched);
    return result;
  }

  private durableFor(touched: Set<string>): Promise<void> {
    this.serializeChanges();
    let upTo = 0;
    for (const id of touched) upTo = Math.max(upTo, this.batchOf.get(id) ?? 0);
    return this.waitFor(upTo);
  }

  /** Replaces the whole state; commit to persist it. */
  reset(state: EmulatorState = emptyState()): void {
    this.state = state;
    this.touchAll();
  }

  /** Resolves once every change made so far is on disk; rejects if it could not be written. */
  commit(): Promise<void> {
    if (!this.journal) return Promise.resolve();
    this.serializeChanges();
    return this.waitFor(this.serialized);
  }

  private waitFor(upTo: number): Promise<void> {
    if (this.durable >= upTo) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) =>
      this.waiters.push({ upTo, resolve, reject }),
    );
    this.startWriting();
    return done;
  }

  private serializeChanges(): void {
    const lines: string[] = [];
    const ids: string[] = [];
    if (this.rewriteAll) {
      lines.push('{"reset":true}\n');
      for (const [key, value] of allRecords(this.state))
        lines.push(`${JSON.stringify({ k: key, v: value })}\n`);
      this.rewriteAll = false;
      ids.push(EVERYTHING);
    }
    for (const [id, key] of this.dirty) {
      lines.push(`${JSON.stringify({ k: key, v: valueAt(this.state, key) })}\n`);
      ids.push(id);
    }
    this.dirty.clear();
    if (lines.length === 0) return;
    this.pending.push(lines.join(''));
    const batch = ++this.serialized;
    for (const id of ids) this.batchOf.set(id, batch);
    this.batchKeys.set(batch, ids);
  }

  /** Forgets the batches now on disk: their records need no waiting any more. */
  private forgetDurable(): void {
    for (const [batch, ids] of this.batchKeys) {
      if (batch > this.durable) continue;
      for (const id of ids) if (this.batchOf.get(id) === batch) this.batchOf.delete(id);
      this.batchKeys.delete(batch);
    }
  }

  private startWriting(): void {
    if (this.writing) return;
    this.writing = true;
    void this.writeLoop().finally(() => {
      this.writing = false;
      if (this.rotationWanted.length > 0 || (this.pending.length > 0 && this.waiters.length > 0))
        this.startWriting();
    });
  }

  /** One batch at a time: everything serialized while a sync runs goes in the next batch. */
  private async writeLoop(): Promise<void> {
    for (;;) {
      if (this.rotationWanted.length > 0) {
        const wanted = this.rotationWanted;
        this.rotationWanted = [];
        try {
          await this.rotate();
          wanted.forEach((w) => w.resolve());
        } catch (error) {
          this.broken = true;
          wanted.forEach((w) => w.reject(error));
        }
      }
      if (this.pending.length === 0) return;
      const batch = this.pending.join('');
      const upTo = this.serialized;
      this.pending = [];
      try {
        if (this.broken) await this.rewriteFiles();
        await this.journal!.append(batch);
      } catch (error) {
        console.error(`[emulator] could not write ${this.dataDir}: ${describe(error)}`);
        this.broken = true;
        this.pending.unshift(batch);
        this.settle(upTo, error);
        return;
      }
      this.durable = upTo;
      this.forgetDurable();
      this.settle(upTo);
      if (this.journal!.size > Math.max(COMPACT_ABOVE_BYTES, this.snapshotSize))
        void this.compact();
    }
  }

  private settle(upTo: number, error?: unknown): void {
    const done = this.waiters.filter((w) => w.upTo <= upTo);
    this.waiters = this.waiters.filter((w) => w.upTo > upTo);
    for (const waiter of done) {
      if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
  }

  /** Starts a new journal; what is appended from now on goes there. */
  private async rotate(): Promise<void> {
    const dir = this.dataDir!;
    const next = await Journal.open(dir, this.journal!.number + 1);
    const previous = this.journal!;
    this.journal = next;
    await previous.close();
  }

  /** After a failed write: a fresh folder, a snapshot of everything in memory, a new journal. */
  private async rewriteFiles(): Promise<void> {
    await mkdir(this.dataDir!, { recursive: true, mode: DIR_MODE });
    await this.rotate();
    await this.snapshot(this.journal!.number);
    this.broken = false;
  }

  /** Compacts the journals into a snapshot, in the background; requests go on meanwhile. */
  compact(): Promise<void> {
    this.compaction ??= (async () => {
      await new Promise<void>((resolve, reject) => {
        this.rotationWanted.push({ resolve, reject });
        this.startWriting();
      });
      await this.snapshot(this.journal!.number);
    })()
      .catch((error: unknown) => {
        console.error(`[emulator] could not compact ${this.dataDir}: ${describe(error)}`);
      })
      .finally(() => {
        this.compaction = undefined;
      });
    return this.compaction;
  }

  /** A snapshot that journal `journal` continues; older journals are removed once it is in place. */
  private snapshot(journal: number): Promise<void> {
    const dir = this.dataDir!;
    const run = this.snapshots.then(async () => {
      if (journal <= this.snapshotJournal) return;
      this.snapshotSize = await writeSnapshot(dir, this.state, journal);
      this.snapshotJournal = journal;
      for (const number of await journalNumbers(dir)) {
        if (number < journal) await rm(join(dir, journalFile(number)), { force: true });
      }
    });
    this.snapshots = run.catch(() => undefined);
    return run;
  }

  /** Persists what is pending and closes the files. */
  async close(): Promise<void> {
    if (!this.journal) return;
    await this.commit().catch(() => undefined);
    await this.compaction;
    await this.snapshots;
    await this.journal.close();
  }
}

/** The id `touchAll` records: the whole state. */
const EVERYTHING = '*';

const describe = (error: unknown) =>
  error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : 'unknown';
