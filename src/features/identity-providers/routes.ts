import { defineRoute } from '@/routing/routing';

export const identityProvidersRoute = defineRoute({
  path: '/pools/:poolId/identity-providers',
  operations: ['ListIdentityProviders'],
  crumb: () => 'Sign-in providers',
  poolTab: 'Sign-in providers',
  load: () => import('./pages/IdentityProvidersListPage').then((m) => m.IdentityProvidersListPage),
});

export const createIdentityProviderRoute = defineRoute({
  path: '/pools/:poolId/identity-providers/new',
  operations: ['DescribeUserPool', 'CreateIdentityProvider'],
  parent: identityProvidersRoute,
  crumb: () => 'Add sign-in provider',
  load: () =>
    import('./pages/CreateIdentityProviderPage').then((m) => m.CreateIdentityProviderPage),
});

export const identityProviderRoute = defineRoute({
  path: '/pools/:poolId/identity-providers/:providerName',
  operations: ['DescribeUserPool', 'DescribeIdentityProvider'],
  parent: identityProvidersRoute,
  crumb: ({ providerName }) => providerName,
  load: () => import('./pages/IdentityProviderPage').then((m) => m.IdentityProviderPage),
});

/** The Cognito operation behind each action without a page of its own; buttons show when the role may call it. */
export const identityProviderPermissions = {
  edit: 'UpdateIdentityProvider',
  delete: 'DeleteIdentityProvider',
  revealSecrets: 'DescribeIdentityProvider',
} as const satisfies Record<string, string>;

export const toIdentityProviders = identityProvidersRoute.to;
export const toCreateIdentityProvider = createIdentityProviderRoute.to;
export const toIdentityProvider = identityProviderRoute.to;

export const identityProviderRoutes = [
  identityProvidersRoute,
  createIdentityProviderRoute,
  identityProviderRoute,
];
