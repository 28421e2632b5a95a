import { createBrowserRouter, Navigate } from 'react-router';
import { poolNavItems, poolRoutes, toPools } from '@/features/pools/routes';
import { FullPageLoading } from './FullPageLoading';
import { NotFoundPage } from './NotFoundPage';
import { RequireSession } from './RequireSession';
import { toRouteObject, type NavItem } from './routing';
import { SignInPage } from './sign-in/SignInPage';

export const signInPath = '/sign-in';

export const appRoutes = [...poolRoutes];

/** Left navigation, in order; each entry carries the role its page declares. */
export const navItems: NavItem[] = [...poolNavItems];

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
