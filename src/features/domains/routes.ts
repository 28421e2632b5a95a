import { defineRoute } from '@/routing/routing';

export const domainRoute = defineRoute({
  path: '/pools/:poolId/domain',
  operations: ['DescribeUserPool', 'DescribeUserPoolDomain', 'ListUserPoolClients'],
  crumb: () => 'Domain',
  poolTab: 'Domain',
  load: () => import('./pages/DomainPage').then((m) => m.DomainPage),
});

/** The Cognito operation behind each action without a page of its own; buttons show when the role may call it. */
export const domainPermissions = {
  create: 'CreateUserPoolDomain',
  delete: 'DeleteUserPoolDomain',
} as const satisfies Record<string, string>;

export const domainRoutes = [domainRoute];
