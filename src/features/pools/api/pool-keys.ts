import { regionOfPool, userPoolDescriptionKey } from '@/aws/user-pool-description';

export { regionOfPool };

/** The one place pool query keys are built: general to specific, scoped by region. */
export const poolKeys = {
  all: (region: string) => ['region', region, 'pools'] as const,
  lists: (region: string) => [...poolKeys.all(region), 'list'] as const,
  list: (region: string, page: { nextToken?: string }) =>
    [...poolKeys.lists(region), { nextToken: page.nextToken ?? null }] as const,
  /** Shared with every feature that reads the pool's description. */
  detail: (_region: string, poolId: string) => userPoolDescriptionKey(poolId),
};
