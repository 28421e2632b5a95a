import { createBrowserRouter, Navigate } from 'react-router';
import { brandingRoutes } from '@/features/branding/routes';
import { clientRoutes } from '@/features/clients/routes';
import { domainRoutes } from '@/features/domains/routes';
import { groupRoutes } from '@/features/groups/routes';
import { identityProviderRoutes } from '@/features/identity-providers/routes';
import { poolNavItems, poolRoutes, toPools } from '@/features/pools/routes';
import { resourceServerRoutes } from '@/features/resource-servers/routes';
import { tokenNavItems, tokenRoutes } from '@/features/tokens/routes';
import { trySignInRoutes } from '@/features/try-sign-in/routes';
import { userExportRoutes } from '@/features/user-export/routes';
import { userImportRoutes } from '@/features/user-import/routes';
import { userRoutes } from '@/features/users/routes';
import { FullPageLoading } from './FullPageLoading';
import { NotFoundPage } from './NotFoundPage';
import { RequireSession } from './RequireSession';
import { toRouteObject, type NavItem } from '@/routing/routing';
import { SignInPage } from './sign-in/SignInPage';

export const signInPath = '/sign-in';

export const appRoutes = [
  ...poolRoutes,
  ...brandingRoutes,
  ...userRoutes,
  ...userExportRoutes,
  ...groupRoutes,
  ...userImportRoutes,
  ...clientRoutes,
  ...trySignInRoutes,
  ...resourceServerRoutes,
  ...identityProviderRoutes,
  ...domainRoutes,
  ...tokenRoutes,
];

/** Left navigation, in order; each entry carries the role its page declares. */
export const navItems: NavItem[] = [...poolNavItems, ...tokenNavItems];

export function createAppRouter() {
  return createBrowserRouter([
    { path: signInPath, Component: SignInPage },
    {
      Component: RequireSession,
      HydrateFallback: FullPageLoading,
      children: [
        {
          // The shell and every signed-in page load only after sign-in, keeping sign-in small.
          lazy: async () => ({ Component: (await import('./shell/AppShell')).AppShell }),
          children: [
            { index: true, element: <Navigate to={toPools({})} replace /> },
            ...appRoutes.map(toRouteObject),
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]);
}
