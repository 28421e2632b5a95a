import type { ComponentType } from 'react';
import { generatePath, type PathParam, type RouteObject, type UIMatch } from 'react-router';
import { consoleRoles, rolesAllowed, type ConsoleRole } from '@/lib/iam/roles';
import type { Role } from '@/lib/roles';

type ParamsOf<Path extends string> = { [K in PathParam<Path>]: string };

interface RouteDefinition<Path extends string> {
  /** Absolute path pattern, e.g. '/pools/:poolId'. */
  path: Path;
  /**
   * The Cognito operations the page calls to show itself. Who may open it follows from the roles
   * table (src/lib/iam/roles.ts), the same table behind the IAM policies: the nav, the pool tabs
   * and the refusal page read it, so hiding and refusing never drift from what AWS allows.
   */
  operations: readonly string[];
  crumb: (params: ParamsOf<Path>) => string;
  /** Breadcrumb parent (its params must be a subset of this route's params). */
  parent?: AppRoute;
  load: () => Promise<ComponentType>;
  /** Label of this page's tab in a pool's tab bar (routes under /pools/:poolId only). */
  poolTab?: string;
}

export interface AppRoute<Path extends string = string> extends RouteDefinition<Path> {
  /** The only way code builds this URL. */
  to: (params: ParamsOf<Path>) => string;
  /** The roles whose policy allows every operation of the page, strongest first. */
  roles: readonly ConsoleRole[];
}

/** The roles whose policy allows every one of the operations, strongest first. */
export function rolesAllowedAll(operations: readonly string[]): ConsoleRole[] {
  return operations.reduce<ConsoleRole[]>(
    (roles, operation) => roles.filter((role) => rolesAllowed(operation).includes(role)),
    [...consoleRoles],
  );
}

/** Whether a signed-in role may open the route (no role opens nothing). */
export function canOpen(role: Role | null, route: Pick<AppRoute, 'roles'>): boolean {
  return role !== null && route.roles.includes(role);
}

/** Keycloak-style typed route: path, page, breadcrumb and required role in one object. */
export function defineRoute<const Path extends string>(
  definition: RouteDefinition<Path>,
): AppRoute<Path> {
  return {
    ...definition,
    roles: rolesAllowedAll(definition.operations),
    to: (params) => generatePath(definition.path, params as never),
  };
}

export interface NavItem {
  label: string;
  /** The route the item opens; the item shows for the roles that may open it. */
  route: Pick<AppRoute, 'roles'>;
  to: string;
}

export interface AppRouteHandle {
  route: AppRoute;
}

export function toRouteObject(route: AppRoute): RouteObject {
  return {
    path: route.path,
    handle: { route } satisfies AppRouteHandle,
    lazy: async () => ({ Component: await route.load() }),
  };
}

/** The deepest matched app route, i.e. the page being shown. */
export function currentAppRoute(
  matches: UIMatch[],
): { route: AppRoute; params: Record<string, string> } | undefined {
  for (let i = matches.length - 1; i >= 0; i--) {
    const match = matches[i];
    const handle = match?.handle as AppRouteHandle | undefined;
    if (match && handle?.route) {
      return { route: handle.route, params: match.params as Record<string, string> };
    }
  }
  return undefined;
}

export function breadcrumbTrail(route: AppRoute, params: Record<string, string>) {
  const trail: AppRoute[] = [];
  for (let r: AppRoute | undefined = route; r; r = r.parent) trail.unshift(r);
  return trail.map((r) => ({
    label: r.crumb(params as never),
    to: r.to(params as never),
  }));
}
