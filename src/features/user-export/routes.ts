import { defineRoute } from '@/routing/routing';
import { usersRoute } from '@/features/users/routes';

/**
 * The CSV export of the users a Users page search shows, or of the whole pool. Its query string is
 * the Users page's own (search box, advanced filter or deep-search conditions), so the export
 * means what the list showed. Not under /users/: a user may be named "export".
 */
export const userExportRoute = defineRoute({
  path: '/pools/:poolId/users-export',
  operations: ['DescribeUserPool', 'ListUsers', 'GetCSVHeader'],
  parent: usersRoute,
  crumb: () => 'Export CSV',
  load: () => import('./ExportUsersPage').then((m) => m.ExportUsersPage),
});

export function toUserExport({ poolId, search }: { poolId: string; search: URLSearchParams }) {
  const query = search.toString();
  return `${userExportRoute.to({ poolId })}${query ? `?${query}` : ''}`;
}

export const userExportRoutes = [userExportRoute];
