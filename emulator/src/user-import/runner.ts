import { randomUUID } from 'node:crypto';
import type { EmulatorConfig, UserImportPace } from '../config.ts';
import type { Store } from '../store/store.ts';
import type {
  ImportFileRecord,
  UserImportJobRecord,
  UserImportJobStatus,
  UserPoolRecord,
} from '../store/types.ts';
import { insertUser } from '../user-admin/write-user.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { csvHeaderOf } from './csv-header.ts';
import { CsvParseError, parseCsv, type CsvRow } from './csv.ts';
import { rowOutcome } from './import-row.ts';

/**
 * Imports the rows of running jobs in the background, at the configured pace, committing each
 * step to the store: the users a step imported and the job's counts and position go to the journal
 * in one batch.
 *
 * After a restart, jobs that were Pending or InProgress carry on from the last durable position,
 * as a job on AWS outlives any one server, rather than failing. No row is lost and no user is
 * imported twice: if a crash tore the last batch after some of its users, their rows are read
 * again and count as skipped (the user already exists).
 */

/** AWS's file limits (cognito-user-pools-using-import-tool-csv-header.html). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_ROWS = 500_000;
/** Log lines a job keeps, like the first page of its CloudWatch log stream. */
const MAX_LOG_LINES = 1000;
const TICK_MS = 100;

/** The emulator's wording: AWS documents no message for a successful job. */
export const SUCCEEDED_MESSAGE = 'Import Job Completed Successfully.';
/** AWS's message when nothing could be imported (cognito-user-pools-creating-import-job.html). */
export const TOO_MANY_FAILED_MESSAGE =
  'Too many users have failed or been skipped during the import.';

interface Runner {
  pace: UserImportPace;
  timer?: NodeJS.Timeout;
  /** The step being taken, if one is: stopping waits for it. */
  step?: Promise<void>;
  lastTick: number;
  /** Fractions of a row earned but not yet imported, by job. */
  carry: Map<string, number>;
}

const runners = new WeakMap<Store, Runner>();
const parsed = new WeakMap<ImportFileRecord, { header: string[]; rows: CsvRow[] } | Error>();

/** Starts the store's import runner; resumes the jobs that were running when it last stopped. */
export function resumeUserImports(store: Store, config: Pick<EmulatorConfig, 'userImport'>): void {
  runners.set(store, {
    pace: config.userImport,
    lastTick: Date.now(),
    carry: new Map(),
  });
  wakeUserImports(store);
}

/** Makes sure running jobs are being worked on (after a start). */
export function wakeUserImports(store: Store): void {
  const runner = runners.get(store);
  if (!runner || runner.timer) return;
  runner.lastTick = Date.now();
  runner.timer = setInterval(() => {
    runner.step ??= tick(store, runner).finally(() => (runner.step = undefined));
  }, TICK_MS);
}

/** Stops the store's import runner once its current step is durable (before the store closes). */
export async function stopUserImports(store: Store): Promise<void> {
  const runner = runners.get(store);
  if (!runner) return;
  runners.delete(store);
  if (runner.timer) clearInterval(runner.timer);
  await runner.step;
}

/** Ends a job: its status, message and date; the uploaded file is deleted, as AWS deletes it. */
export function finishJob(
  store: Store,
  pool: UserPoolRecord,
  job: UserImportJobRecord,
  status: UserImportJobStatus,
  message: string,
  now: number,
): void {
  job.Status = status;
  job.CompletionMessage = message.slice(0, 128);
  job.CompletionDate = now;
  store.touch('importJobs', pool.pool.Id, job.JobId);
  if (pool.importFiles.delete(job.JobId)) store.touch('importFiles', pool.pool.Id, job.JobId);
}

/**
 * One step: the oldest Pending job whose wait is over begins once no other job is importing
 * ("Only one import job can be active at a time per account": the emulator is one account), and
 * the importing job imports the rows its pace earned since the last step.
 */
async function tick(store: Store, runner: Runner): Promise<void> {
  try {
    const now = Date.now();
    const elapsed = now - runner.lastTick;
    runner.lastTick = now;
    const jobs: { pool: UserPoolRecord; job: UserImportJobRecord }[] = [];
    for (const pool of store.state.userPools.values()) {
      for (const job of pool.importJobs.values()) {
        if (job.Status === 'Pending' || job.Status === 'InProgress') jobs.push({ pool, job });
      }
    }
    if (!jobs.some(({ job }) => job.Status === 'InProgress')) {
      const next = jobs
        .filter(({ job }) => job.Status === 'Pending')
        .sort((a, b) => (a.job.StartDate ?? 0) - (b.job.StartDate ?? 0))[0];
      if (next && now - (next.job.StartDate ?? 0) * 1000 >= runner.pace.pendingMs) {
        next.job.Status = 'InProgress';
        store.touch('importJobs', next.pool.pool.Id, next.job.JobId);
      }
    }
    for (const { pool, job } of jobs) {
      if (job.Status !== 'InProgress') continue;
      const earned =
        (runner.carry.get(job.JobId) ?? 0) + (elapsed / 1000) * runner.pace.rowsPerSecond;
      const rows = Math.floor(earned);
      runner.carry.set(job.JobId, earned - rows);
      if (rows > 0) importRows(store, pool, job, rows, now);
    }
    await store.commit();
    if (jobs.length === 0 && runner.timer) {
      clearInterval(runner.timer);
      runner.timer = undefined;
      runner.carry.clear();
    }
  } catch (error) {
    console.error('[emulator] user import step failed', error);
  }
}

function fileOf(file: ImportFileRecord) {
  let result = parsed.get(file);
  if (!result) {
    try {
      result = parseCsv(file.csv);
    } catch (error) {
      result = error instanceof CsvParseError ? error : new Error('The file could not be read.');
    }
    parsed.set(file, result);
  }
  return result;
}

/** Why the whole file cannot be imported, if it cannot: the job then fails. */
function fileProblem(
  pool: UserPoolRecord,
  file: ImportFileRecord,
  contents: ReturnType<typeof fileOf>,
) {
  if (Buffer.byteLength(file.csv) > MAX_FILE_BYTES) return 'The CSV file is larger than 100 MB.';
  if (contents instanceof Error)
    return `Amazon Cognito is unable to parse the .csv file. ${contents.message}`;
  const expected = csvHeaderOf(pool);
  const given = new Set(contents.header);
  const missing = expected.filter((column) => !given.has(column));
  if (missing.length > 0) return `The CSV header lacks columns: ${missing.join(', ')}`;
  const unknown = contents.header.filter((column) => !expected.includes(column));
  if (unknown.length > 0) return `The CSV header has unknown columns: ${unknown.join(', ')}`;
  if (given.size !== contents.header.length) return 'The CSV header repeats a column.';
  if (contents.rows.length > MAX_ROWS) return `The CSV file has more than ${MAX_ROWS} users.`;
  return undefined;
}

function logLine(job: UserImportJobRecord, line: string): void {
  if (job.log.length < MAX_LOG_LINES) job.log.push(line);
}

function importRows(
  store: Store,
  pool: UserPoolRecord,
  job: UserImportJobRecord,
  count: number,
  nowMs: number,
) {
  const now = epochSeconds(nowMs);
  const file = pool.importFiles.get(job.JobId);
  if (!file) return finishJob(store, pool, job, 'Failed', 'The uploaded CSV file is gone.', now);
  const contents = fileOf(file);
  const problem = fileProblem(pool, file, contents);
  if (problem || contents instanceof Error) {
    return finishJob(store, pool, job, 'Failed', problem ?? 'The file could not be read.', now);
  }
  const ctx = { store };
  const end = Math.min(contents.rows.length, job.rowsDone + count);
  for (let i = job.rowsDone; i < end; i++) {
    const row = contents.rows[i]!;
    const outcome = rowOutcome(pool, contents.header, row);
    if (outcome.kind === 'import') {
      insertUser(ctx, pool, {
        Username: outcome.username,
        Attributes: [{ Name: 'sub', Value: randomUUID() }, ...outcome.attributes],
        UserCreateDate: now,
        UserLastModifiedDate: now,
        Enabled: true,
        UserStatus: 'RESET_REQUIRED',
        groups: [],
      });
      job.ImportedUsers++;
    } else if (outcome.kind === 'skip') {
      job.SkippedUsers++;
      logLine(job, `[SKIPPED] Line Number ${row.line} - ${outcome.reason}`);
    } else {
      job.FailedUsers++;
      logLine(job, `[FAILED] Line Number ${row.line} - ${outcome.reason}`);
    }
  }
  job.rowsDone = end;
  store.touch('importJobs', pool.pool.Id, job.JobId);
  if (end < contents.rows.length) return;
  if (job.ImportedUsers === 0 && job.SkippedUsers + job.FailedUsers > 0)
    finishJob(store, pool, job, 'Failed', TOO_MANY_FAILED_MESSAGE, now);
  else finishJob(store, pool, job, 'Succeeded', SUCCEEDED_MESSAGE, now);
}
