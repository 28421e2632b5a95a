import { poolScope } from '../pool-scope';

/** The one place pool query keys are built: general to specific, scoped by region. */
export const poolKeys = {
  all: (region: string) => ['region', region, 'pools'] as const,
  lists: (region: string) => [...poolKeys.all(region), 'list'] as const,
  list: (region: string, page: { nextToken?: string }) =>
    [...poolKeys.lists(region), { nextToken: page.nextToken ?? null }] as const,
  /** Everything held about one pool: its description and every resource's keys. */
  pool: (poolId: string) => poolScope(poolId),
  /** DescribeUserPool, shared by every page that reads the pool's settings. */
  description: (poolId: string) => [...poolScope(poolId), 'description'] as const,
};
