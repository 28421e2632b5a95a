import { defineRoute } from '@/routing/routing';

export const userImportRoute = defineRoute({
  path: '/pools/:poolId/import',
  operations: ['DescribeUserPool', 'GetCSVHeader', 'ListUserImportJobs', 'DescribeUserImportJob'],
  crumb: () => 'Import',
  poolTab: 'Import',
  load: () => import('./pages/UserImportPage').then((m) => m.UserImportPage),
});

/** The Cognito operation behind each action of the page; buttons show when the role may call it. */
export const userImportPermissions = {
  create: 'CreateUserImportJob',
  start: 'StartUserImportJob',
  stop: 'StopUserImportJob',
} as const satisfies Record<string, string>;

/** The import page, showing one job (its progress, upload and controls) when given. */
export function toUserImport({ poolId, jobId }: { poolId: string; jobId?: string }): string {
  const path = userImportRoute.to({ poolId });
  return jobId ? `${path}?job=${encodeURIComponent(jobId)}` : path;
}

export const userImportRoutes = [userImportRoute];
