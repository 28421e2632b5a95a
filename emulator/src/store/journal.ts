import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_MODE, journalFile, syncDir, writeAllAt } from './files.ts';

/** The journal file is no longer the one in the data folder (deleted, replaced, folder gone). */
export class JournalLostError extends Error {}

/**
 * One append-only journal file: each batch is written at the end of what is known to be good
 * and synced before it counts, so a failed or torn write is simply overwritten by the next one.
 */
export class Journal {
  private constructor(
    readonly number: number,
    private readonly path: string,
    private readonly handle: FileHandle,
    private readonly inode: number,
    /** Bytes known to be complete and synced. */
    public size: number,
  ) {}

  /** Opens (creating it 0600 if needed) journal `number`, keeping its first `size` bytes. */
  static async open(dir: string, number: number, size = 0): Promise<Journal> {
    const path = join(dir, journalFile(number));
    const handle = await open(path, constants.O_RDWR | constants.O_CREAT, FILE_MODE);
    try {
      await handle.truncate(size);
      await handle.sync();
      await syncDir(dir);
      const { ino } = await handle.stat();
      return new Journal(number, path, handle, ino, size);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Appends `text` and returns once it is on disk. */
  async append(text: string): Promise<void> {
    const current = await stat(this.path).catch(() => undefined);
    if (!current || current.ino !== this.inode) throw new JournalLostError(this.path);
    const bytes = Buffer.from(text, 'utf8');
    await writeAllAt(this.handle, bytes, this.size);
    await this.handle.datasync();
    this.size += bytes.length;
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
