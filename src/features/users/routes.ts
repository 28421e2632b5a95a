import { defineRoute } from '@/routing/routing';

export const usersRoute = defineRoute({
  path: '/pools/:poolId/users',
  operations: ['DescribeUserPool', 'ListUsers'],
  crumb: () => 'Users',
  poolTab: 'Users',
  load: () => import('./pages/UsersPage').then((m) => m.UsersPage),
});

export const toUsers = usersRoute.to;

/** Link to one user; the username is URL-encoded (it may hold `@`, `+`, `/`, …). */
export function toUser({ poolId, username }: { poolId: string; username: string }): string {
  return `/pools/${encodeURIComponent(poolId)}/users/${encodeURIComponent(username)}`;
}

// Declared before the :username route; react-router ranks the static segment first anyway, so
// "new" opens the create page (a user literally named "new" can still be opened by its sub).
export const createUserRoute = defineRoute({
  path: '/pools/:poolId/users/new',
  operations: ['DescribeUserPool', 'AdminCreateUser'],
  parent: usersRoute,
  crumb: () => 'Create user',
  load: () => import('./pages/CreateUserPage').then((m) => m.CreateUserPage),
});

export const userRoute = defineRoute({
  path: '/pools/:poolId/users/:username',
  operations: ['DescribeUserPool', 'AdminGetUser'],
  parent: usersRoute,
  crumb: ({ username }) => username,
  load: () => import('./pages/UserPage').then((m) => m.UserPage),
});

export const toCreateUser = createUserRoute.to;

/** The Cognito operation behind each action on one user; buttons show when the role may call it. */
export const userPermissions = {
  resetPassword: 'AdminResetUserPassword',
  setEnabled: 'AdminDisableUser',
  globalSignOut: 'AdminUserGlobalSignOut',
  setPassword: 'AdminSetUserPassword',
  confirmSignUp: 'AdminConfirmSignUp',
  resendInvitation: 'AdminCreateUser',
  delete: 'AdminDeleteUser',
  editAttributes: 'AdminUpdateUserAttributes',
  setMfa: 'AdminSetUserMFAPreference',
  manageGroups: 'AdminAddUserToGroup',
  manageDevices: 'AdminUpdateDeviceStatus',
  manageIdentities: 'AdminLinkProviderForUser',
} as const satisfies Record<string, string>;

export const userRoutes = [usersRoute, createUserRoute, userRoute];
