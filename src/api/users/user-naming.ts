import { useQuery } from '@tanstack/react-query';
import { userDisplayName, type NamedUser } from '@/lib/users/display-name';
import { describeUserPoolQueryOptions, type UserPool } from '../pools/describe-user-pool';

const NONE: readonly string[] = [];
const usernameAttributesOf = (pool: UserPool) => pool.UsernameAttributes ?? NONE;

/**
 * How this pool's users are named on screen (see userDisplayName), from the DescribeUserPool entry
 * every pool page shares. Until the pool is known, users are named by their username.
 */
export function useUserNaming(poolId: string): (user: NamedUser) => string {
  const usernameAttributes = useQuery({
    ...describeUserPoolQueryOptions(poolId),
    select: usernameAttributesOf,
  }).data;
  return (user) => userDisplayName(user, usernameAttributes ?? NONE);
}
