import { poolScope } from '../pool-scope';

/** The one place app-client query keys are built: general to specific, inside the pool's scope. */
export const clientKeys = {
  all: (poolId: string) => [...poolScope(poolId), 'clients'] as const,
  lists: (poolId: string) => [...clientKeys.all(poolId), 'list'] as const,
  list: (poolId: string, page: { nextToken?: string }) =>
    [...clientKeys.lists(poolId), { nextToken: page.nextToken ?? null }] as const,
  /** Every client with its callback URLs (the domain page's hosted UI links): a list too. */
  withCallbacks: (poolId: string) => [...clientKeys.lists(poolId), 'with-callbacks'] as const,
  detail: (poolId: string, clientId: string) =>
    [...clientKeys.all(poolId), 'detail', clientId] as const,
};
