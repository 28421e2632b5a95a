import { defineRoute } from '@/routing/routing';
import type { Role } from '@/lib/roles';

export const poolsRoute = defineRoute({
  path: '/pools',
  access: 'support',
  crumb: () => 'User pools',
  load: () => import('./pages/PoolsListPage').then((m) => m.PoolsListPage),
});

export const createPoolRoute = defineRoute({
  path: '/pools/new',
  access: 'admin',
  parent: poolsRoute,
  crumb: () => 'Create user pool',
  load: () => import('./pages/CreatePoolPage').then((m) => m.CreatePoolPage),
});

export const poolRoute = defineRoute({
  path: '/pools/:poolId',
  access: 'support',
  parent: poolsRoute,
  crumb: ({ poolId }) => poolId,
  poolTab: 'Overview',
  load: () => import('./pages/PoolOverviewPage').then((m) => m.PoolOverviewPage),
});

/** Actions without a page of their own, declared beside the routes so buttons and pages agree. */
export const poolPermissions = {
  delete: 'admin',
} as const satisfies Record<string, Role>;

export const toPools = poolsRoute.to;
export const toCreatePool = createPoolRoute.to;
export const toPool = poolRoute.to;

export const poolRoutes = [poolsRoute, createPoolRoute, poolRoute];

export const poolNavItems = [{ label: 'User pools', access: poolsRoute.access, to: toPools({}) }];
