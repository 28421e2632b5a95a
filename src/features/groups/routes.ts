import { defineRoute } from '@/routing/routing';
// Route declarations only: the breadcrumb parent is the pool (wiring, not feature code).

export const groupsRoute = defineRoute({
  path: '/pools/:poolId/groups',
  operations: ['ListGroups'],
  crumb: () => 'Groups',
  poolTab: 'Groups',
  load: () => import('./pages/GroupsListPage').then((m) => m.GroupsListPage),
});

export const groupRoute = defineRoute({
  path: '/pools/:poolId/groups/:groupName',
  operations: ['GetGroup', 'ListUsersInGroup'],
  parent: groupsRoute,
  crumb: ({ groupName }) => groupName,
  load: () => import('./pages/GroupDetailPage').then((m) => m.GroupDetailPage),
});

/** The Cognito operation behind each action without a page of its own; buttons show when the role may call it. */
export const groupPermissions = {
  create: 'CreateGroup',
  edit: 'UpdateGroup',
  delete: 'DeleteGroup',
  manageMembers: 'AdminAddUserToGroup',
} as const satisfies Record<string, string>;

export const toGroups = groupsRoute.to;
export const toGroup = groupRoute.to;

export const groupRoutes = [groupsRoute, groupRoute];
