import { defineRoute } from '@/routing/routing';
// Route declarations only: the breadcrumb parent is the pool (wiring, not feature code).
import type { Role } from '@/lib/roles';

export const groupsRoute = defineRoute({
  path: '/pools/:poolId/groups',
  access: 'support',
  crumb: () => 'Groups',
  poolTab: 'Groups',
  load: () => import('./pages/GroupsListPage').then((m) => m.GroupsListPage),
});

export const groupRoute = defineRoute({
  path: '/pools/:poolId/groups/:groupName',
  access: 'support',
  parent: groupsRoute,
  crumb: ({ groupName }) => groupName,
  load: () => import('./pages/GroupDetailPage').then((m) => m.GroupDetailPage),
});

/** Actions without a page of their own; buttons and pages read the same declaration. */
export const groupPermissions = {
  create: 'admin',
  edit: 'admin',
  delete: 'admin',
  manageMembers: 'admin',
} as const satisfies Record<string, Role>;

export const toGroups = groupsRoute.to;
export const toGroup = groupRoute.to;

export const groupRoutes = [groupsRoute, groupRoute];
