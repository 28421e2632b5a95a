import { defineRoute } from '@/routing/routing';
// Route declarations only: the breadcrumb parent is the pool (wiring, not feature code).
import type { Role } from '@/lib/roles';

export const clientsRoute = defineRoute({
  path: '/pools/:poolId/clients',
  access: 'support',
  crumb: () => 'App clients',
  poolTab: 'App clients',
  load: () => import('./pages/ClientsListPage').then((m) => m.ClientsListPage),
});

export const createClientRoute = defineRoute({
  path: '/pools/:poolId/clients/new',
  access: 'admin',
  parent: clientsRoute,
  crumb: () => 'Create app client',
  load: () => import('./pages/CreateClientPage').then((m) => m.CreateClientPage),
});

export const clientRoute = defineRoute({
  path: '/pools/:poolId/clients/:clientId',
  access: 'support',
  parent: clientsRoute,
  crumb: ({ clientId }) => clientId,
  load: () => import('./pages/ClientDetailPage').then((m) => m.ClientDetailPage),
});

/** Actions without a page of their own; buttons and pages read the same declaration. */
export const clientPermissions = {
  edit: 'admin',
  delete: 'admin',
  /** The client secret is a credential: only administrators may see it. */
  revealSecret: 'admin',
} as const satisfies Record<string, Role>;

export const toClients = clientsRoute.to;
export const toCreateClient = createClientRoute.to;
export const toClient = clientRoute.to;

export const clientRoutes = [clientsRoute, createClientRoute, clientRoute];
