import { defineRoute } from '@/routing/routing';
import type { Role } from '@/lib/roles';

export const resourceServersRoute = defineRoute({
  path: '/pools/:poolId/resource-servers',
  access: 'support',
  crumb: () => 'Resource servers',
  poolTab: 'Resource servers',
  load: () => import('./pages/ResourceServersListPage').then((m) => m.ResourceServersListPage),
});

export const createResourceServerRoute = defineRoute({
  path: '/pools/:poolId/resource-servers/new',
  access: 'admin',
  parent: resourceServersRoute,
  crumb: () => 'Create resource server',
  load: () => import('./pages/CreateResourceServerPage').then((m) => m.CreateResourceServerPage),
});

/** `identifier` is usually a URL: generatePath encodes it into one path segment. */
export const resourceServerRoute = defineRoute({
  path: '/pools/:poolId/resource-servers/:identifier',
  access: 'support',
  parent: resourceServersRoute,
  crumb: ({ identifier }) => identifier,
  load: () => import('./pages/ResourceServerPage').then((m) => m.ResourceServerPage),
});

/** Actions without a page of their own, declared beside the routes so buttons and pages agree. */
export const resourceServerPermissions = {
  edit: 'admin',
  delete: 'admin',
} as const satisfies Record<string, Role>;

export const toResourceServers = resourceServersRoute.to;
export const toCreateResourceServer = createResourceServerRoute.to;
export const toResourceServer = resourceServerRoute.to;

export const resourceServerRoutes = [
  resourceServersRoute,
  createResourceServerRoute,
  resourceServerRoute,
];
