/** A user pool id starts with its region: us-east-1_AbC123. */
export function regionOfPool(poolId: string): string {
  const index = poolId.indexOf('_');
  return index > 0 ? poolId.slice(0, index) : poolId;
}

/** The one place resource-server query keys are built: general to specific, scoped by region. */
export const resourceServerKeys = {
  all: (poolId: string) =>
    ['region', regionOfPool(poolId), 'pools', poolId, 'resource-servers'] as const,
  lists: (poolId: string) => [...resourceServerKeys.all(poolId), 'list'] as const,
  detail: (poolId: string, identifier: string) =>
    [...resourceServerKeys.all(poolId), 'detail', identifier] as const,
};
