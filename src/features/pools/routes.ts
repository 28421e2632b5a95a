import { defineRoute } from '@/routing/routing';
import type { SettingsSectionId } from './settings/sections';

export const poolsRoute = defineRoute({
  path: '/pools',
  operations: ['ListUserPools'],
  crumb: () => 'User pools',
  load: () => import('./pages/PoolsListPage').then((m) => m.PoolsListPage),
});

export const createPoolRoute = defineRoute({
  path: '/pools/new',
  operations: ['CreateUserPool'],
  parent: poolsRoute,
  crumb: () => 'Create user pool',
  load: () => import('./pages/CreatePoolPage').then((m) => m.CreatePoolPage),
});

export const poolRoute = defineRoute({
  path: '/pools/:poolId',
  operations: ['DescribeUserPool'],
  parent: poolsRoute,
  crumb: ({ poolId }) => poolId,
  poolTab: 'Overview',
  load: () => import('./pages/PoolOverviewPage').then((m) => m.PoolOverviewPage),
});

export const poolSettingsRoute = defineRoute({
  path: '/pools/:poolId/settings',
  operations: ['DescribeUserPool', 'GetUserPoolMfaConfig'],
  parent: poolRoute,
  crumb: () => 'Settings',
  poolTab: 'Settings',
  load: () => import('./settings/PoolSettingsPage').then((m) => m.PoolSettingsPage),
});

/** The Cognito operation behind each action without a page of its own; buttons show when the role may call it. */
export const poolPermissions = {
  delete: 'DeleteUserPool',
  editSettings: 'UpdateUserPool',
} as const satisfies Record<string, string>;

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

export const poolNavItems = [{ label: 'User pools', route: poolsRoute, to: toPools({}) }];
