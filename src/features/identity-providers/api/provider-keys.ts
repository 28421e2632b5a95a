/** A user pool id starts with its region: us-east-1_AbC123. */
export function regionOfPool(poolId: string): string {
  const index = poolId.indexOf('_');
  return index > 0 ? poolId.slice(0, index) : poolId;
}

/** The one place identity-provider query keys are built: general to specific, scoped by region. */
export const providerKeys = {
  all: (poolId: string) =>
    ['region', regionOfPool(poolId), 'pools', poolId, 'identity-providers'] as const,
  lists: (poolId: string) => [...providerKeys.all(poolId), 'list'] as const,
  detail: (poolId: string, name: string) => [...providerKeys.all(poolId), 'detail', name] as const,
  byIdentifiers: (poolId: string) => [...providerKeys.all(poolId), 'by-identifier'] as const,
  byIdentifier: (poolId: string, identifier: string) =>
    [...providerKeys.byIdentifiers(poolId), identifier] as const,
  /**
   * DescribeUserPool, under the same key as the pools feature's poolKeys.detail so both share one
   * cache entry (features do not import each other).
   */
  pool: (poolId: string) => ['region', regionOfPool(poolId), 'pools', 'detail', poolId] as const,
};
