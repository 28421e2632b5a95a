import { useQuery } from '@tanstack/react-query';
import type { Crumb } from '@/components/Breadcrumbs';
import { userDisplayName } from '@/lib/users/display-name';
import { describeUserPoolQueryOptions } from '@/api/pools/describe-user-pool';
import { getUserQueryOptions } from '@/api/users/get-user';
import { userRoute } from '@/features/users/routes';

/**
 * The user page's breadcrumb names the user as the page does (their email where usernames are
 * generated IDs). It reads only what the page has loaded: no request of its own.
 */
export function useUserCrumbName(params: Record<string, string> | undefined): string | undefined {
  const poolId = params?.poolId ?? '';
  const username = params?.username ?? '';
  const user = useQuery({ ...getUserQueryOptions({ poolId, username }), enabled: false });
  const pool = useQuery({ ...describeUserPoolQueryOptions(poolId), enabled: false });
  if (!username || !user.data || !pool.data) return undefined;
  return userDisplayName(user.data, pool.data.UsernameAttributes ?? []);
}

/** Puts the user's name on the user page's own crumb (the last one). */
export function withUserCrumb(trail: Crumb[], routePath: string | undefined, name?: string) {
  if (routePath !== userRoute.path || !name) return trail;
  return trail.map((crumb, i) => (i === trail.length - 1 ? { ...crumb, label: name } : crumb));
}
