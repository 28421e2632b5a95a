import { regionOfPool } from '@/aws/user-pool-description';

export { regionOfPool };
/** The one place domain query keys are built: general to specific, scoped by region. */
export const domainKeys = {
  all: (poolId: string) => ['region', regionOfPool(poolId), 'pools', poolId, 'domain'] as const,
  detail: (poolId: string, domain: string) =>
    [...domainKeys.all(poolId), 'detail', domain] as const,
  hostedUiClients: (poolId: string) => [...domainKeys.all(poolId), 'hosted-ui-clients'] as const,
};
