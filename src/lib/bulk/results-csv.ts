import type { BulkResult } from './bulk-run';

const STATUS_WORDS: Record<BulkResult['status'], string> = {
  done: 'done',
  failed: 'failed',
  skipped: 'skipped',
  'not-run': 'not run',
};

/**
 * One CSV field: quoted when it holds a comma, quote or line break, quotes doubled; a leading
 * `=`, `+`, `-` or `@` (a spreadsheet formula) is defused with a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The results of a bulk action as CSV: username, action, result, message; CRLF line ends. */
export function resultsCsv(action: string, results: readonly BulkResult[]): string {
  const rows = [
    ['username', 'action', 'result', 'message'],
    ...results.map((r) => [r.username, action, STATUS_WORDS[r.status], r.message ?? '']),
  ];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const statusWord = (status: BulkResult['status']) => STATUS_WORDS[status];
