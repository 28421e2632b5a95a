import type { ExportColumns } from '@/lib/csv/user-row';

export interface ExportOptions {
  /** The users the page shows (its search, lookup or deep search), or every user of the pool. */
  scope: 'shown' | 'pool';
  columns: ExportColumns;
  /** A report's `groups` column (an import file never has it). */
  groups: boolean;
  formulaGuard: boolean;
  requestsPerSecond: number;
  /** Write to a chosen file as rows arrive, or download the file when it is complete. */
  save: 'file' | 'download';
}

/**
 * ListUsers calls a second. ListUsers and ListUsersInGroup share the account's UserList quota of
 * 30 a second with every app of the account, so a slower export leaves room for them.
 */
export const EXPORT_SPEEDS = [
  {
    requestsPerSecond: 25,
    label: 'Standard: 25 requests a second (about 1,500 users), room left for your apps',
  },
  {
    requestsPerSecond: 29,
    label: 'Fastest: 29 requests a second, when nothing else in the account lists users',
  },
  {
    requestsPerSecond: 5,
    label: 'Gentle: 5 requests a second, most of the quota left to your apps',
  },
  { requestsPerSecond: 1, label: 'Background: 1 request a second (60 users)' },
] as const;

export const defaultExportOptions = (canChooseFile: boolean): ExportOptions => ({
  scope: 'shown',
  columns: 'import',
  groups: false,
  formulaGuard: true,
  requestsPerSecond: EXPORT_SPEEDS[0].requestsPerSecond,
  save: canChooseFile ? 'file' : 'download',
});

/** "us-east-1_Ab12-users-2026-12-02.csv"; a cancelled download says it is partial. */
export function exportFileName(poolId: string, now: Date, partial = false): string {
  return `${poolId}-users-${now.toISOString().slice(0, 10)}${partial ? '-partial' : ''}.csv`;
}
