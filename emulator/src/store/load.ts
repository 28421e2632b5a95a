import { access, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIR_MODE,
  LEGACY_STATE_FILE,
  SNAPSHOT_FILE,
  journalFile,
  journalNumbers,
  removeTempFiles,
} from './files.ts';
import { readLegacyState } from './legacy-state.ts';
import { applyRecord, isValidRecord, parseKey } from './records.ts';
import { parseLine, readSnapshot } from './snapshot.ts';
import { StateError } from './state-error.ts';
import { emptyState, type EmulatorState } from './types.ts';

export interface LoadedState {
  state: EmulatorState;
  /** Nothing was stored yet: the demo data may be seeded. */
  isNew: boolean;
  /** Imported from the single-file format: to be written in the current one. */
  imported: boolean;
  /** The journal to append to, and its complete length (a torn last line cut off). */
  journal: number;
  journalSize: number;
  snapshotSize: number;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Replays one journal into the state. A last line without its newline is a write that was never
 * acknowledged (the process died in the middle of it): it is dropped. Anything else that is not a
 * record stops the start. Returns the length of the complete part.
 */
async function replayJournal(path: string, state: EmulatorState): Promise<number> {
  const bytes = await readFile(path);
  const end = bytes.lastIndexOf(0x0a) + 1;
  const tail = bytes.subarray(end).toString('utf8');
  if (tail.replace(/\0/g, '') !== '') {
    const parsed = parseLine(tail);
    if (parsed !== undefined && !(parsed.reset === true || parseKey(parsed.k)))
      throw new StateError(path, 'its last line is not a record');
  }
  const lines = bytes.subarray(0, end).toString('utf8').split('\n');
  lines.pop();
  lines.forEach((line, index) => {
    const entry = parseLine(line);
    if (entry === undefined) throw new StateError(path, `line ${index + 1} is not valid JSON`);
    if (entry.reset === true) {
      const fresh = emptyState();
      Object.assign(state, fresh);
      return;
    }
    const key = parseKey(entry.k);
    if (!key || !('v' in entry) || !isValidRecord(key, entry.v))
      throw new StateError(path, `line ${index + 1} is not a valid record`);
    applyRecord(state, key, entry.v);
  });
  return end;
}

/**
 * The state stored in `dir`: the snapshot, then every journal that continues it, in order.
 * Creates the folder (0700) when missing; removes temp files and journals a snapshot made obsolete.
 */
export async function loadDataDir(dir: string): Promise<LoadedState> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  const folder = await stat(dir);
  if (!folder.isDirectory()) throw new StateError(dir, 'it is not a folder');
  await removeTempFiles(dir);

  const snapshotPath = join(dir, SNAPSHOT_FILE);
  const legacyPath = join(dir, LEGACY_STATE_FILE);
  let state = emptyState();
  let base = 1;
  let snapshotSize = 0;
  let imported = false;
  const hasSnapshot = await exists(snapshotPath);
  if (hasSnapshot) {
    const snapshot = await readSnapshot(snapshotPath);
    state = snapshot.state;
    base = snapshot.journal;
    snapshotSize = (await stat(snapshotPath)).size;
  }

  const numbers = await journalNumbers(dir);
  for (const number of numbers.filter((n) => n < base)) {
    await rm(join(dir, journalFile(number)), { force: true });
  }
  const live = numbers.filter((n) => n >= base);
  if (!hasSnapshot && live.length === 0 && (await exists(legacyPath))) {
    state = await readLegacyState(legacyPath);
    imported = true;
  }
  let journalSize = 0;
  for (const number of live)
    journalSize = await replayJournal(join(dir, journalFile(number)), state);
  return {
    state,
    isNew: !hasSnapshot && live.length === 0 && !imported,
    imported,
    journal: live.at(-1) ?? base,
    journalSize,
    snapshotSize,
  };
}
