import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
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
  const user = useCachedData<UserDetail>(userKeys.detail({ poolId, username }));
  const pool = useCachedData<UserPool>(poolKeys.description(poolId));
  if (!username || !user || !pool) return undefined;
  return userDisplayName(user, pool.UsernameAttributes ?? []);
}

/**
 * What the cache holds under `key`, kept current, without observing the query: an observer would
 * lend the query its options, and one without a query function would leave the page's own
 * refetches without one.
 */
function useCachedData<T>(key: QueryKey): T | undefined {
  const queryClient = useQueryClient();
  const hash = JSON.stringify(key);
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is compared by its hash
  const read = useCallback(() => queryClient.getQueryData<T>(key), [queryClient, hash]);
  return useSyncExternalStore(subscribe, read);
}

/** Puts the user's name on the user page's own crumb (the last one). */
export function withUserCrumb(trail: Crumb[], routePath: string | undefined, name?: string) {
  if (routePath !== userRoute.path || !name) return trail;
  return trail.map((crumb, i) => (i === trail.length - 1 ? { ...crumb, label: name } : crumb));
}
