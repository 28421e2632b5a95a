import { regionOfPool } from '@/aws/user-pool-description';

export { regionOfPool };
/** The one place identity-provider query keys are built: general to specific, scoped by region. */
export const providerKeys = {
  all: (poolId: string) =>
    ['region', regionOfPool(poolId), 'pools', poolId, 'identity-providers'] as const,
  lists: (poolId: string) => [...providerKeys.all(poolId), 'list'] as const,
  detail: (poolId: string, name: string) => [...providerKeys.all(poolId), 'detail', name] as const,
  byIdentifiers: (poolId: string) => [...providerKeys.all(poolId), 'by-identifier'] as const,
  byIdentifier: (poolId: string, identifier: string) =>
    [...providerKeys.byIdentifiers(poolId), identifier] as const,
};
