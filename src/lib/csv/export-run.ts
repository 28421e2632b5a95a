import { csvLine, needsFormulaGuard, type EscapeOptions } from './escape';

/** Where the file goes: a file on disk as it is written, or parts of a download. */
export interface CsvSink {
  /** Takes whole lines only, so whatever was written is a usable file. */
  write(text: string): Promise<void>;
  /** Ends the file (also after a cancel: it then holds the rows written so far). */
  close(): Promise<void>;
}

export interface ExportCounts {
  users: number;
  pages: number;
  /** Values the formula guard prefixed with `'`. */
  guarded: number;
}

export type ExportOutcome = 'complete' | 'cancelled';

export interface ExportRunOptions<User> {
  /** The users, one array per page; stops (throws or ends) when `signal` aborts. */
  pages: AsyncIterable<readonly User[]>;
  header: readonly string[];
  toRow: (user: User) => string[];
  escape: EscapeOptions;
  sink: CsvSink;
  signal: AbortSignal;
  onProgress?: (counts: ExportCounts) => void;
}

/**
 * Writes the header, then each page's rows as one write, then closes the file. Cancel (the
 * signal) ends it between pages: the file is closed with the header and complete rows only. Any
 * other error closes the file too (the rows so far stay usable) and is thrown.
 */
export async function runCsvExport<User>({
  pages,
  header,
  toRow,
  escape,
  sink,
  signal,
  onProgress,
}: ExportRunOptions<User>): Promise<{ outcome: ExportOutcome; counts: ExportCounts }> {
  const counts: ExportCounts = { users: 0, pages: 0, guarded: 0 };
  const finish = async (outcome: ExportOutcome) => {
    await sink.close();
    return { outcome, counts: { ...counts } };
  };
  try {
    await sink.write(csvLine(header, { ...escape, formulaGuard: false }));
    for await (const page of pages) {
      if (signal.aborted) break;
      let text = '';
      for (const user of page) {
        const values = toRow(user);
        if (escape.formulaGuard) counts.guarded += values.filter(needsFormulaGuard).length;
        text += csvLine(values, escape);
      }
      if (text !== '') await sink.write(text);
      counts.users += page.length;
      counts.pages++;
      onProgress?.({ ...counts });
    }
  } catch (error) {
    if (!signal.aborted) {
      await sink.close();
      throw error;
    }
  }
  return finish(signal.aborted ? 'cancelled' : 'complete');
}
