import { open, readdir, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** Owner-only: the state holds signing keys and client secrets. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

export const SNAPSHOT_FILE = 'snapshot.ndjson';
/** The single-file state of earlier versions, imported once when nothing newer is there. */
export const LEGACY_STATE_FILE = 'state.json';

const JOURNAL = /^journal-(\d+)\.ndjson$/;

export const journalFile = (number: number) => `journal-${String(number).padStart(8, '0')}.ndjson`;

/** Journal numbers present in the folder, oldest first. */
export async function journalNumbers(dir: string): Promise<number[]> {
  const names = await readdir(dir);
  return names
    .map((name) => JOURNAL.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Temp files a crash left behind: never part of the state. */
export async function removeTempFiles(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
  }
}

/** Makes a rename or a new file in `dir` survive a power loss. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes all of `bytes` at `position`, however many calls it takes. */
export async function writeAllAt(
  handle: FileHandle,
  bytes: Buffer,
  position: number,
): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
}
