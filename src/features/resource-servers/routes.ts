import { defineRoute } from '@/routing/routing';

export const resourceServersRoute = defineRoute({
  path: '/pools/:poolId/resource-servers',
  operations: ['ListResourceServers'],
  crumb: () => 'Resource servers',
  poolTab: 'Resource servers',
  load: () => import('./pages/ResourceServersListPage').then((m) => m.ResourceServersListPage),
});

export const createResourceServerRoute = defineRoute({
  path: '/pools/:poolId/resource-servers/new',
  operations: ['CreateResourceServer'],
  parent: resourceServersRoute,
  crumb: () => 'Create resource server',
  load: () => import('./pages/CreateResourceServerPage').then((m) => m.CreateResourceServerPage),
});

/** `identifier` is usually a URL: generatePath encodes it into one path segment. */
export const resourceServerRoute = defineRoute({
  path: '/pools/:poolId/resource-servers/:identifier',
  operations: ['DescribeResourceServer'],
  parent: resourceServersRoute,
  crumb: ({ identifier }) => identifier,
  load: () => import('./pages/ResourceServerPage').then((m) => m.ResourceServerPage),
});

/** The Cognito operation behind each action without a page of its own; buttons show when the role may call it. */
export const resourceServerPermissions = {
  edit: 'UpdateResourceServer',
  delete: 'DeleteResourceServer',
} as const satisfies Record<string, string>;

export const toResourceServers = resourceServersRoute.to;
export const toCreateResourceServer = createResourceServerRoute.to;
export const toResourceServer = resourceServerRoute.to;

export const resourceServerRoutes = [
  resourceServersRoute,
  createResourceServerRoute,
  resourceServerRoute,
];
