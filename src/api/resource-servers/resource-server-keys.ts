import { poolScope } from '../pool-scope';

/** The one place resource-server query keys are built: general to specific, inside the pool's scope. */
export const resourceServerKeys = {
  all: (poolId: string) => [...poolScope(poolId), 'resource-servers'] as const,
  lists: (poolId: string) => [...resourceServerKeys.all(poolId), 'list'] as const,
  detail: (poolId: string, identifier: string) =>
    [...resourceServerKeys.all(poolId), 'detail', identifier] as const,
};
