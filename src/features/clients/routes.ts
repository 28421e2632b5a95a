import { defineRoute } from '@/routing/routing';
// Route declarations only: the breadcrumb parent is the pool (wiring, not feature code).

export const clientsRoute = defineRoute({
  path: '/pools/:poolId/clients',
  operations: ['ListUserPoolClients'],
  crumb: () => 'App clients',
  poolTab: 'App clients',
  load: () => import('./pages/ClientsListPage').then((m) => m.ClientsListPage),
});

export const createClientRoute = defineRoute({
  path: '/pools/:poolId/clients/new',
  operations: ['CreateUserPoolClient', 'ListResourceServers', 'ListIdentityProviders'],
  parent: clientsRoute,
  crumb: () => 'Create app client',
  load: () => import('./pages/CreateClientPage').then((m) => m.CreateClientPage),
});

export const clientRoute = defineRoute({
  path: '/pools/:poolId/clients/:clientId',
  operations: ['DescribeUserPoolClient'],
  parent: clientsRoute,
  crumb: ({ clientId }) => clientId,
  load: () => import('./pages/ClientDetailPage').then((m) => m.ClientDetailPage),
});

/** The Cognito operation behind each action without a page of its own; buttons show when the role may call it. */
export const clientPermissions = {
  edit: 'UpdateUserPoolClient',
  delete: 'DeleteUserPoolClient',
  /** The client secret is a credential: only administrators may see it. */
  revealSecret: 'DescribeUserPoolClient',
} as const satisfies Record<string, string>;

export const toClients = clientsRoute.to;
export const toCreateClient = createClientRoute.to;
export const toClient = clientRoute.to;

export const clientRoutes = [clientsRoute, createClientRoute, clientRoute];
