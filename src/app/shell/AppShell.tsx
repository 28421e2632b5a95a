import { Outlet, useMatches } from 'react-router';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { breadcrumbTrail, canOpen, currentAppRoute } from '@/routing/routing';
import { useRole } from '@/session/session-hooks';
import { AccessRefused } from './AccessRefused';
import { Header } from './Header';
import { withPoolCrumbs } from './pool-crumbs';
import { PoolHeading, usePoolName } from './PoolHeading';
import { PoolTabs } from './PoolTabs';
import { SideNav } from './SideNav';
import { useUserCrumbName, withUserCrumb } from './user-crumb';

export function AppShell() {
  const matches = useMatches();
  const role = useRole();
  const current = currentAppRoute(matches);
  const allowed = !current || canOpen(role, current.route);
  const poolId = current?.params.poolId;
  const poolName = usePoolName(poolId);
  const userName = useUserCrumbName(current?.params);
  const crumbs = current
    ? withPoolCrumbs(
        withUserCrumb(breadcrumbTrail(current.route, current.params), current.route.path, userName),
        current.params,
        poolName,
      )
    : [];
  // The overview's own heading is the pool's name and id.
  const isOverview = current?.route.path === '/pools/:poolId';
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to main content
      </a>
      <Header />
      <div className="flex flex-1">
        <SideNav />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-6">
          {crumbs.length > 1 && <Breadcrumbs crumbs={crumbs} />}
          {poolId && !isOverview && <PoolHeading poolId={poolId} poolName={poolName} />}
          {poolId && <PoolTabs poolId={poolId} />}
          {allowed && current ? (
            <Outlet />
          ) : current ? (
            <AccessRefused route={current.route} />
          ) : (
            <Outlet />
          )}
        </main>
      </div>
    </div>
  );
}
