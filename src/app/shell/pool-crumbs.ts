import { poolRoute } from '@/features/pools/routes';
import { breadcrumbTrail } from '@/routing/routing';

type Crumb = ReturnType<typeof breadcrumbTrail>[number];

/**
 * Pages of a pool (users, groups, …) live in their own features, which do not import the pools
 * feature; the shell puts "User pools / <pool>" in front of their trail instead.
 */
export function withPoolCrumbs(trail: Crumb[], params: Record<string, string>): Crumb[] {
  const poolId = params.poolId;
  if (!poolId) return trail;
  const poolTrail = breadcrumbTrail(poolRoute, { poolId });
  const poolHref = poolTrail.at(-1)?.to;
  if (trail.some((crumb) => crumb.to === poolHref)) return trail;
  return [...poolTrail, ...trail];
}
