import { regionOfPool } from '@/aws/user-pool-description';

export { regionOfPool };
/** The one place app-client query keys are built: general to specific, scoped by region and pool. */
export const clientKeys = {
  all: (poolId: string) => ['region', regionOfPool(poolId), 'pools', poolId, 'clients'] as const,
  lists: (poolId: string) => [...clientKeys.all(poolId), 'list'] as const,
  list: (poolId: string, page: { nextToken?: string }) =>
    [...clientKeys.lists(poolId), { nextToken: page.nextToken ?? null }] as const,
  detail: (poolId: string, clientId: string) =>
    [...clientKeys.all(poolId), 'detail', clientId] as const,
  /** What the form offers: the pool's attributes, providers and resource-server scopes. */
  options: (poolId: string, what: 'attributes' | 'providers' | 'scopes') =>
    [...clientKeys.all(poolId), 'options', what] as const,
};
