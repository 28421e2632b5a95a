import { poolScope } from '../pool-scope';

/** The one place user import job keys are built: general to specific, inside the pool's scope. */
export const importJobKeys = {
  all: (poolId: string) => [...poolScope(poolId), 'import-jobs'] as const,
  lists: (poolId: string) => [...importJobKeys.all(poolId), 'list'] as const,
  list: (poolId: string, page: { paginationToken?: string }) =>
    [...importJobKeys.lists(poolId), { paginationToken: page.paginationToken ?? null }] as const,
  details: (poolId: string) => [...importJobKeys.all(poolId), 'detail'] as const,
  detail: (poolId: string, jobId: string) => [...importJobKeys.details(poolId), jobId] as const,
};
