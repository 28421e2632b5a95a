import { defineRoute } from '@/routing/routing';
import type { Role } from '@/lib/roles';

export const identityProvidersRoute = defineRoute({
  path: '/pools/:poolId/identity-providers',
  access: 'support',
  crumb: () => 'Sign-in providers',
  poolTab: 'Sign-in providers',
  load: () => import('./pages/IdentityProvidersListPage').then((m) => m.IdentityProvidersListPage),
});

export const createIdentityProviderRoute = defineRoute({
  path: '/pools/:poolId/identity-providers/new',
  access: 'admin',
  parent: identityProvidersRoute,
  crumb: () => 'Add sign-in provider',
  load: () =>
    import('./pages/CreateIdentityProviderPage').then((m) => m.CreateIdentityProviderPage),
});

export const identityProviderRoute = defineRoute({
  path: '/pools/:poolId/identity-providers/:providerName',
  access: 'support',
  parent: identityProvidersRoute,
  crumb: ({ providerName }) => providerName,
  load: () => import('./pages/IdentityProviderPage').then((m) => m.IdentityProviderPage),
});

/** Actions without a page of their own, declared beside the routes so buttons and pages agree. */
export const identityProviderPermissions = {
  edit: 'admin',
  delete: 'admin',
  revealSecrets: 'admin',
} as const satisfies Record<string, Role>;

export const toIdentityProviders = identityProvidersRoute.to;
export const toCreateIdentityProvider = createIdentityProviderRoute.to;
export const toIdentityProvider = identityProviderRoute.to;

export const identityProviderRoutes = [
  identityProvidersRoute,
  createIdentityProviderRoute,
  identityProviderRoute,
];
