import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyState, type EmulatorState } from './types.ts';

const STATE_FILE = 'state.json';

/**
 * Holds the emulator's state in memory and, unless in-memory, writes it to `dataDir` atomically
 * (temp file + rename) shortly after each change, so a crash never leaves a half-written file.
 */
export class Store {
  state: EmulatorState;
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    readonly dataDir: string | undefined,
    state: EmulatorState,
  ) {
    this.state = state;
  }

  static async open(dataDir?: string): Promise<Store> {
    if (!dataDir) return new Store(undefined, emptyState());
    await mkdir(dataDir, { recursive: true });
    try {
      const text = await readFile(join(dataDir, STATE_FILE), 'utf8');
      return new Store(dataDir, { ...emptyState(), ...(JSON.parse(text) as EmulatorState) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return new Store(dataDir, emptyState());
      throw error;
    }
  }

  get isEmpty(): boolean {
    return Object.keys(this.state.userPools).length === 0;
  }

  /** Call after every mutation; writes are coalesced. */
  changed(): void {
    if (!this.dataDir || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.flush();
    }, 50);
  }

  reset(state: EmulatorState = emptyState()): void {
    this.state = state;
    this.changed();
  }

  async flush(): Promise<void> {
    if (!this.dataDir) return;
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
    }
    const dir = this.dataDir;
    const text = JSON.stringify(this.state);
    this.saving = this.saving.then(async () => {
      const tmp = join(dir, `${STATE_FILE}.${process.pid}.tmp`);
      await writeFile(tmp, text);
      await rename(tmp, join(dir, STATE_FILE));
    });
    await this.saving;
  }
}
