import { defineRoute } from '@/routing/routing';
import type { Role } from '@/lib/roles';
import type { SettingsSectionId } from './settings/sections';

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

export const poolSettingsRoute = defineRoute({
  path: '/pools/:poolId/settings',
  access: 'support',
  parent: poolRoute,
  crumb: () => 'Settings',
  poolTab: 'Settings',
  load: () => import('./settings/PoolSettingsPage').then((m) => m.PoolSettingsPage),
});

/** Actions without a page of their own, declared beside the routes so buttons and pages agree. */
export const poolPermissions = {
  delete: 'admin',
  editSettings: 'admin',
} as const satisfies Record<string, Role>;

export const toPools = poolsRoute.to;
export const toCreatePool = createPoolRoute.to;
export const toPool = poolRoute.to;
/** The Settings tab, optionally at one group (e.g. `protection`, where deletion protection is). */
export const toPoolSettings = ({
  poolId,
  section,
}: {
  poolId: string;
  section?: SettingsSectionId;
}) => poolSettingsRoute.to({ poolId }) + (section ? `#${section}` : '');

export const poolRoutes = [poolsRoute, createPoolRoute, poolRoute, poolSettingsRoute];

export const poolNavItems = [{ label: 'User pools', access: poolsRoute.access, to: toPools({}) }];
