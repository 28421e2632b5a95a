/** A pool's region is the prefix of its id (`us-east-1_AbC123`). */
export function regionOfPool(poolId: string): string {
  return poolId.split('_')[0] ?? '';
}

/** The `iss` of a user pool's tokens, as AWS sets it whatever URL the emulator answers on. */
export function issuerOf(poolId: string): string {
  return `https://cognito-idp.${regionOfPool(poolId)}.amazonaws.com/${poolId}`;
}

/** The identity-pool Logins key for a user pool's ID tokens. */
export function loginProviderOf(poolId: string): string {
  return `cognito-idp.${regionOfPool(poolId)}.amazonaws.com/${poolId}`;
}
