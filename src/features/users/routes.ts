import { defineRoute } from '@/routing/routing';
import type { Role } from '@/lib/roles';

export const usersRoute = defineRoute({
  path: '/pools/:poolId/users',
  access: 'support',
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
  access: 'admin',
  parent: usersRoute,
  crumb: () => 'Create user',
  load: () => import('./pages/CreateUserPage').then((m) => m.CreateUserPage),
});

export const userRoute = defineRoute({
  path: '/pools/:poolId/users/:username',
  access: 'support',
  parent: usersRoute,
  crumb: ({ username }) => username,
  load: () => import('./pages/UserPage').then((m) => m.UserPage),
});

export const toCreateUser = createUserRoute.to;

/** Actions on one user without a page of their own; buttons and dialogs read these. */
export const userPermissions = {
  resetPassword: 'support',
  setEnabled: 'support',
  globalSignOut: 'support',
  setPassword: 'admin',
  confirmSignUp: 'admin',
  resendInvitation: 'admin',
  delete: 'admin',
  editAttributes: 'admin',
  setMfa: 'admin',
  manageGroups: 'admin',
  manageDevices: 'admin',
  manageIdentities: 'admin',
} as const satisfies Record<string, Role>;

export const userRoutes = [usersRoute, createUserRoute, userRoute];
