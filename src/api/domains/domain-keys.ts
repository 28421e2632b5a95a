import { poolScope } from '../pool-scope';

/** The one place domain query keys are built: general to specific, inside the pool's scope. */
export const domainKeys = {
  all: (poolId: string) => [...poolScope(poolId), 'domain'] as const,
  detail: (poolId: string, domain: string) =>
    [...domainKeys.all(poolId), 'detail', domain] as const,
};
