import { createReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { FILE_MODE, SNAPSHOT_FILE, syncDir, writeAllAt } from './files.ts';
import { allRecords, applyRecord, isValidRecord, parseKey } from './records.ts';
import { StateError } from './state-error.ts';
import { emptyState, type EmulatorState } from './types.ts';

const FORMAT = 'cognito-emulator-state';
const VERSION = 2;
/** Records written between two turns of the event loop, so requests keep being answered. */
const RECORDS_PER_TURN = 100;
const CHUNK_BYTES = 256 * 1024;

/**
 * Writes every record of `state` to a new snapshot that the journals from `journal` on continue,
 * then puts it in place atomically. Records changed while it is written are in those journals too.
 * Returns the snapshot's size in bytes.
 */
export async function writeSnapshot(
  dir: string,
  state: EmulatorState,
  journal: number,
): Promise<number> {
  const tmp = join(dir, `${SNAPSHOT_FILE}.${journal}.tmp`);
  const handle = await open(tmp, 'w', FILE_MODE);
  let size = 0;
  try {
    let chunk = `${JSON.stringify({ format: FORMAT, version: VERSION, journal })}\n`;
    let count = 0;
    for (const [key, value] of allRecords(state)) {
      chunk += `${JSON.stringify({ k: key, v: value })}\n`;
      count++;
      if (chunk.length >= CHUNK_BYTES) {
        const bytes = Buffer.from(chunk, 'utf8');
        await writeAllAt(handle, bytes, size);
        size += bytes.length;
        chunk = '';
      }
      if (count % RECORDS_PER_TURN === 0) await nextTurn();
    }
    chunk += `${JSON.stringify({ end: count })}\n`;
    const bytes = Buffer.from(chunk, 'utf8');
    await writeAllAt(handle, bytes, size);
    size += bytes.length;
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(tmp, join(dir, SNAPSHOT_FILE));
  await syncDir(dir);
  return size;
}

/** The state in a snapshot and the first journal that continues it; throws StateError if corrupt. */
export async function readSnapshot(
  path: string,
): Promise<{ state: EmulatorState; journal: number }> {
  const state = emptyState();
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let journal: number | undefined;
  let count = 0;
  let ended = false;
  let at = 0;
  for await (const line of lines) {
    at++;
    if (ended) throw new StateError(path, `unexpected content after the end, line ${at}`);
    const entry = parseLine(line);
    if (entry === undefined) throw new StateError(path, `line ${at} is not valid JSON`);
    if (at === 1) {
      if (entry.format !== FORMAT || entry.version !== VERSION || !Number.isInteger(entry.journal))
        throw new StateError(path, 'it does not start with a state header');
      journal = entry.journal as number;
      continue;
    }
    if ('end' in entry) {
      if (entry.end !== count) throw new StateError(path, `line ${at}: record count mismatch`);
      ended = true;
      continue;
    }
    const key = parseKey(entry.k);
    if (!key || !isValidRecord(key, entry.v) || entry.v === null)
      throw new StateError(path, `line ${at} is not a valid record`);
    applyRecord(state, key, entry.v);
    count++;
  }
  if (journal === undefined) throw new StateError(path, 'the file is empty');
  if (!ended) throw new StateError(path, 'the file is truncated');
  return { state, journal };
}

/** A JSON object, or undefined for anything else. */
export function parseLine(line: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(line) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return undefined;
  }
}
