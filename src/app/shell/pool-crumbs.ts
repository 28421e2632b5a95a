import { poolRoute } from '@/features/pools/routes';
import { breadcrumbTrail } from '@/routing/routing';
import type { Crumb } from '@/components/Breadcrumbs';

/**
 * Pages of a pool (users, groups, …) live in their own features, which do not import the pools
 * feature; the shell puts "User pools / <pool name> <pool id>" in front of their trail instead.
 * Until the pool's name is known (or if it cannot be read) the id stands alone.
 */
export function withPoolCrumbs(
  trail: Crumb[],
  params: Record<string, string>,
  poolName: string | undefined,
): Crumb[] {
  const poolId = params.poolId;
  if (!poolId) return trail;
  const poolTrail: Crumb[] = breadcrumbTrail(poolRoute, { poolId });
  const poolHref = poolTrail.at(-1)?.to;
  const named = (crumb: Crumb): Crumb =>
    crumb.to === poolHref && poolName ? { ...crumb, label: poolName, detail: poolId } : crumb;
  if (trail.some((crumb) => crumb.to === poolHref)) return trail.map(named);
  return [...poolTrail, ...trail].map(named);
}
