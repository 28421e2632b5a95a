import type { Store } from '../store/store.ts';
import type { EmulatorState } from '../store/types.ts';

/** True when RevokeToken ended the session (origin_jti) a token belongs to. */
export function isFamilyRevoked(state: EmulatorState, originJti: unknown): boolean {
  return typeof originJti === 'string' && state.revokedTokenFamilies.has(originJti);
}

/**
 * Ends a session: its refresh token, and every ID and access token issued with it or from it
 * (they share its origin_jti). Kept until `until` (epoch seconds), when they have all expired.
 */
export function revokeFamily(
  store: Store,
  originJti: string,
  until: number,
  nowSeconds: number,
): void {
  const families = store.state.revokedTokenFamilies;
  for (const [jti, family] of families) {
    if (family.expiresAt <= nowSeconds) {
      families.delete(jti);
      store.touch('revokedTokenFamilies', jti);
    }
  }
  const expiresAt = Math.max(until, families.get(originJti)?.expiresAt ?? 0);
  families.set(originJti, { originJti, expiresAt });
  store.touch('revokedTokenFamilies', originJti);
}
