/** A user pool id starts with its region: us-east-1_AbC123. */
export function regionOfPool(poolId: string): string {
  const index = poolId.indexOf('_');
  return index > 0 ? poolId.slice(0, index) : poolId;
}

/** The one place domain query keys are built: general to specific, scoped by region. */
export const domainKeys = {
  all: (poolId: string) => ['region', regionOfPool(poolId), 'pools', poolId, 'domain'] as const,
  detail: (poolId: string, domain: string) =>
    [...domainKeys.all(poolId), 'detail', domain] as const,
  hostedUiClients: (poolId: string) => [...domainKeys.all(poolId), 'hosted-ui-clients'] as const,
  /**
   * DescribeUserPool (Domain, CustomDomain), under the same key as the pools feature's
   * poolKeys.detail so creating or deleting a domain refreshes the overview too.
   */
  pool: (poolId: string) => ['region', regionOfPool(poolId), 'pools', 'detail', poolId] as const,
};
