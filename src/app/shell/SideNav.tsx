import clsx from 'clsx';
import { NavLink } from 'react-router';
import { canOpen } from '@/routing/routing';
import { navItems } from '../router';
import { useRole } from '@/session/session-hooks';

export function SideNav() {
  const role = useRole();
  const items = navItems.filter((item) => canOpen(role, item.route));
  return (
    <nav aria-label="Main" className="w-56 shrink-0 border-r border-slate-200 bg-white p-4">
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              className={({ isActive }) =>
                clsx(
                  'block rounded-md px-3 py-2 text-sm font-medium',
                  isActive ? 'bg-blue-50 text-blue-800' : 'text-slate-700 hover:bg-slate-100',
                )
              }
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
