import clsx from 'clsx';
import { NavLink } from 'react-router';
import { canOpen } from '@/routing/routing';
import { appRoutes } from '../router';
import { useRole } from '@/session/session-hooks';

/**
 * The pool's sections (overview, users, groups, …): every route that declares a `poolTab`. Shown on
 * every page of a pool, so detail pages keep their section highlighted.
 */
export function PoolTabs({ poolId }: { poolId: string }) {
  const role = useRole();
  const tabs = appRoutes.filter((r) => r.poolTab && canOpen(role, r));
  return (
    <nav aria-label="Pool sections" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((route) => (
          <li key={route.path}>
            <NavLink
              to={route.to({ poolId } as never)}
              // The overview tab is active only on itself; other tabs stay active on their detail pages.
              end={route.path === '/pools/:poolId'}
              className={({ isActive }) =>
                clsx(
                  'inline-block border-b-2 px-3 py-2 text-sm font-medium',
                  isActive
                    ? 'border-blue-700 text-blue-800'
                    : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
                )
              }
            >
              {route.poolTab}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
