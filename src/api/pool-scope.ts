import { getIdpClient, type IdpClientOptions } from '@/aws/clients';

export type { IdpClientOptions };

/** A user pool id starts with its region: us-east-1_AbC123. */
export function regionOfPool(poolId: string): string {
  const index = poolId.indexOf('_');
  return index > 0 ? poolId.slice(0, index) : poolId;
}

/**
 * The root of every query key of one pool. Every resource's key factory builds on it, so
 * invalidating or removing this prefix reaches everything the console holds about the pool.
 */
export const poolScope = (poolId: string) =>
  ['region', regionOfPool(poolId), 'pools', poolId] as const;

/** The SDK client of the pool's own region. */
export function idpClientFor(poolId: string, options?: IdpClientOptions) {
  return getIdpClient(regionOfPool(poolId), options);
}

/** An SDK input whose pool (and, where given, other fields) the console always sets. */
export type PoolInput<Input, Required extends keyof Input = never> = Input & {
  UserPoolId: string;
} & { [K in Required]-?: NonNullable<Input[K]> };
