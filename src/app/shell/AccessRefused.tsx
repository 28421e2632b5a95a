import { roleLabels } from '@/lib/roles';
import type { AppRoute } from '@/routing/routing';

/** Shown in place of a page the signed-in role may not open; the console calls nothing for it. */
export function AccessRefused({ route }: { route: Pick<AppRoute, 'roles'> }) {
  const roles = route.roles.map((r) => roleLabels[r]).join(' or ');
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
      <h1 className="text-lg font-semibold">This page is not for your role</h1>
      <p className="mt-1 text-sm">
        {roles
          ? `It needs the ${roles} role. Ask an administrator if you need access.`
          : 'No console role may open it.'}
      </p>
    </div>
  );
}
