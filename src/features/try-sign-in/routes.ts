import { clientRoute } from '@/features/clients/routes';
import { defineRoute } from '@/routing/routing';

/**
 * An app client's sign-in tester. Administrators only: it reads the client (whose description
 * carries its secret) and signs in with AdminInitiateAuth.
 */
export const trySignInRoute = defineRoute({
  path: '/pools/:poolId/clients/:clientId/try-sign-in',
  operations: ['DescribeUserPoolClient', 'DescribeUserPool'],
  parent: clientRoute,
  crumb: () => 'Try sign-in',
  load: () => import('./pages/TrySignInPage').then((m) => m.TrySignInPage),
});

/** Calls the page makes on an action, signed with the operator's credentials. */
export const trySignInPermissions = {
  adminSignIn: 'AdminInitiateAuth',
  groupTestUsers: 'AdminAddUserToGroup',
} as const satisfies Record<string, string>;

export const toTrySignIn = trySignInRoute.to;

export const trySignInRoutes = [trySignInRoute];
