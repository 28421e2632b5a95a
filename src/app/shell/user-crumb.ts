import { skipToken, useQuery } from '@tanstack/react-query';
import type { Crumb } from '@/components/Breadcrumbs';
import { userDisplayName } from '@/lib/users/display-name';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { poolKeys } from '@/api/pools/pool-keys';
import type { UserDetail } from '@/api/users/get-user';
import { userKeys } from '@/api/users/user-keys';
import { userRoute } from '@/features/users/routes';

/**
 * The user page's breadcrumb names the user as the page does (their email where usernames are
 * generated IDs). It reads only what the page has loaded, by the page's query keys: no request of
 * its own, and none of the user page's code in the shell.
 */
export function useUserCrumbName(params: Record<string, string> | undefined): string | undefined {
  const poolId = params?.poolId ?? '';
  const username = params?.username ?? '';
  const user = useQuery<UserDetail>({
    queryKey: userKeys.detail({ poolId, username }),
    queryFn: skipToken,
  });
  const pool = useQuery<UserPool>({ queryKey: poolKeys.description(poolId), queryFn: skipToken });
  if (!username || !user.data || !pool.data) return undefined;
  return userDisplayName(user.data, pool.data.UsernameAttributes ?? []);
}

/** Puts the user's name on the user page's own crumb (the last one). */
export function withUserCrumb(trail: Crumb[], routePath: string | undefined, name?: string) {
  if (routePath !== userRoute.path || !name) return trail;
  return trail.map((crumb, i) => (i === trail.length - 1 ? { ...crumb, label: name } : crumb));
}
