import Papa from 'papaparse';
import { joinEscapedCommas } from './escaped-commas';
import { ImportFileCheck, type ImportFileReport } from './import-file-check';
import type { ImportRules } from './import-rules';

/** Read in pieces this size: the tab stays responsive between them, whatever the file's size. */
const CHUNK_BYTES = 512 * 1024;
/** How often progress is reported, in records. */
const PROGRESS_EVERY = 2000;

export interface ReadProgress {
  /** Characters read so far, and the file's size. */
  read: number;
  total: number;
  rows: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * Checks an import file (a File in the browser, or text) against the pool's rules, streaming it
 * record by record. Rejects with an AbortError when the signal aborts.
 */
export function checkImportFile(
  input: File | string,
  rules: ImportRules,
  { signal, onProgress }: ReadOptions = {},
): Promise<ImportFileReport> {
  const check = new ImportFileCheck(rules);
  const total = typeof input === 'string' ? input.length : input.size;
  if (typeof input !== 'string') check.size(input.size);
  let row = 0;
  let cursor = 0;
  return new Promise((resolve, reject) => {
    const aborted = () => reject(new DOMException('The check was cancelled.', 'AbortError'));
    if (signal?.aborted) return aborted();
    const config: Papa.ParseLocalConfig<string[], File> & Papa.ParseConfig<string[]> = {
      header: false,
      skipEmptyLines: false,
      chunkSize: CHUNK_BYTES,
      step: (results, parser) => {
        if (signal?.aborted) {
          parser.abort();
          return;
        }
        row++;
        const quoteError = results.errors.find((e) => e.type === 'Quotes');
        if (quoteError) check.unreadable(row, 'A quoted value in this row never ends.');
        else check.record(joinEscapedCommas(results.data), row, results.meta.cursor - cursor);
        cursor = results.meta.cursor;
        if (onProgress && row % PROGRESS_EVERY === 0)
          onProgress({ read: cursor, total, rows: row });
      },
      complete: () => {
        if (signal?.aborted) return aborted();
        onProgress?.({ read: total, total, rows: row });
        resolve(check.report());
      },
      error: (error: Error) => reject(error),
    };
    Papa.parse(input as File, config);
  });
}
