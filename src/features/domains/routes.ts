import { defineRoute } from '@/routing/routing';
import type { Role } from '@/lib/roles';

export const domainRoute = defineRoute({
  path: '/pools/:poolId/domain',
  access: 'support',
  crumb: () => 'Domain',
  poolTab: 'Domain',
  load: () => import('./pages/DomainPage').then((m) => m.DomainPage),
});

/** Actions without a page of their own, declared beside the routes so buttons and pages agree. */
export const domainPermissions = {
  create: 'admin',
  delete: 'admin',
} as const satisfies Record<string, Role>;

export const domainRoutes = [domainRoute];
