/** The one place pool query keys are built: general to specific, scoped by region. */
export const poolKeys = {
  all: (region: string) => ['region', region, 'pools'] as const,
  lists: (region: string) => [...poolKeys.all(region), 'list'] as const,
  list: (region: string, page: { nextToken?: string }) =>
    [...poolKeys.lists(region), { nextToken: page.nextToken ?? null }] as const,
  detail: (region: string, poolId: string) => [...poolKeys.all(region), 'detail', poolId] as const,
};

/** A user pool id starts with its region: us-east-1_AbC123. */
export function regionOfPool(poolId: string): string {
  const index = poolId.indexOf('_');
  return index > 0 ? poolId.slice(0, index) : poolId;
}
