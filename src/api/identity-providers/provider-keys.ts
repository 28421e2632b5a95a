import { poolScope } from '../pool-scope';

/** The one place identity-provider query keys are built: general to specific, inside the pool's scope. */
export const providerKeys = {
  all: (poolId: string) => [...poolScope(poolId), 'identity-providers'] as const,
  lists: (poolId: string) => [...providerKeys.all(poolId), 'list'] as const,
  detail: (poolId: string, name: string) => [...providerKeys.all(poolId), 'detail', name] as const,
  byIdentifiers: (poolId: string) => [...providerKeys.all(poolId), 'by-identifier'] as const,
  byIdentifier: (poolId: string, identifier: string) =>
    [...providerKeys.byIdentifiers(poolId), identifier] as const,
};
