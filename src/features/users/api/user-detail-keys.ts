import { getIdpClient } from '@/aws/clients';
import { regionOfUserPool, userKeys } from './user-keys';

/** Which user an operation is about: the pool and the real username (not an alias or sub). */
export interface UserRef {
  poolId: string;
  username: string;
}

/**
 * Keys of the user page's own queries, built on `userKeys` so they stay inside the pool's scope:
 * the user's groups and devices sit under the user's detail key.
 */
export const userDetailKeys = {
  user: ({ poolId, username }: UserRef) => userKeys.detail(poolId, username),
  groups: (user: UserRef) => [...userKeys.detail(user.poolId, user.username), 'groups'] as const,
  devices: (user: UserRef) => [...userKeys.detail(user.poolId, user.username), 'devices'] as const,
  devicePage: (user: UserRef, paginationToken: string | undefined) =>
    [
      ...userDetailKeys.devices(user),
      'page',
      { paginationToken: paginationToken ?? null },
    ] as const,
  device: (user: UserRef, deviceKey: string) =>
    [...userDetailKeys.devices(user), 'device', deviceKey] as const,
  /** What the user pages need from DescribeUserPool (schema, password policy, sign-in). */
  poolGroups: (poolId: string) => [...userKeys.all(poolId), 'pool-groups'] as const,
  identityProviders: (poolId: string) => [...userKeys.all(poolId), 'identity-providers'] as const,
};

export function idpClientFor(poolId: string) {
  return getIdpClient(regionOfUserPool(poolId));
}
