import type { EmulatorState } from '../store/types.ts';

/** True when RevokeToken ended the session (origin_jti) a token belongs to. */
export function isFamilyRevoked(state: EmulatorState, originJti: unknown): boolean {
  return typeof originJti === 'string' && Object.hasOwn(state.revokedTokenFamilies, originJti);
}

/**
 * Ends a session: its refresh token, and every ID and access token issued with it or from it
 * (they share its origin_jti). Kept until `until` (epoch seconds), when they have all expired.
 */
export function revokeFamily(
  state: EmulatorState,
  originJti: string,
  until: number,
  nowSeconds: number,
): void {
  const families = state.revokedTokenFamilies;
  for (const [jti, expiresAt] of Object.entries(families)) {
    if (expiresAt <= nowSeconds) delete families[jti];
  }
  families[originJti] = Math.max(until, families[originJti] ?? 0);
}
