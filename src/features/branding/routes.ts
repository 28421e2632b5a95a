import { poolRoute } from '@/features/pools/routes';
import { defineRoute } from '@/routing/routing';

export const brandingRoute = defineRoute({
  path: '/pools/:poolId/branding',
  operations: ['DescribeUserPool', 'GetUICustomization'],
  parent: poolRoute,
  crumb: () => 'Branding',
  poolTab: 'Branding',
  load: () => import('./pages/BrandingPage').then((m) => m.BrandingPage),
});

/** The Cognito operation behind each action without a page of its own; controls show when the role may call it. */
export const brandingPermissions = {
  edit: 'SetUICustomization',
  /** The app-client scopes, and the hosted UI link of each client. */
  listClients: 'ListUserPoolClients',
  /** The pool's own identity-provider buttons in the preview. */
  listProviders: 'ListIdentityProviders',
} as const satisfies Record<string, string>;

/** The Branding tab, optionally at one app client's settings instead of the pool default. */
export const toBranding = ({ poolId, clientId }: { poolId: string; clientId?: string }) =>
  brandingRoute.to({ poolId }) + (clientId ? `?client=${encodeURIComponent(clientId)}` : '');

export const brandingRoutes = [brandingRoute];
