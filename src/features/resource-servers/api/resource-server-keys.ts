import { regionOfPool } from '@/aws/user-pool-description';

export { regionOfPool };
/** The one place resource-server query keys are built: general to specific, scoped by region. */
export const resourceServerKeys = {
  all: (poolId: string) =>
    ['region', regionOfPool(poolId), 'pools', poolId, 'resource-servers'] as const,
  lists: (poolId: string) => [...resourceServerKeys.all(poolId), 'list'] as const,
  detail: (poolId: string, identifier: string) =>
    [...resourceServerKeys.all(poolId), 'detail', identifier] as const,
};
