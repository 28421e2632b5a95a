import { compactVerify, createLocalJWKSet, errors, type JSONWebKeySet } from 'jose';

export type SignatureCheck =
  | { kind: 'valid'; kid: string }
  | { kind: 'bad-signature'; kid: string }
  | { kind: 'unknown-key'; kid: string | undefined }
  | { kind: 'unsupported-algorithm'; alg: string }
  | { kind: 'invalid-key-set' };

/** Cognito signs user pool tokens with RS256 only; anything else is refused, `none` included. */
const ALGORITHMS = ['RS256'];

/** Whether the key set has the shape RFC 7517 gives it. */
export function isJsonWebKeySet(value: unknown): value is JSONWebKeySet {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { keys?: unknown }).keys) &&
    (value as { keys: unknown[] }).keys.every((k) => typeof k === 'object' && k !== null)
  );
}

/**
 * Checks the token's signature against a pool's published keys (no time checks: an expired token
 * can still be genuine, and the viewer says both).
 */
export async function checkSignature(
  compact: string,
  header: ReadonlyMap<string, unknown>,
  keySet: unknown,
): Promise<SignatureCheck> {
  const alg = header.get('alg');
  if (typeof alg !== 'string' || !ALGORITHMS.includes(alg)) {
    return { kind: 'unsupported-algorithm', alg: String(alg) };
  }
  const kidValue = header.get('kid');
  const kid = typeof kidValue === 'string' ? kidValue : undefined;
  if (!isJsonWebKeySet(keySet)) return { kind: 'invalid-key-set' };
  if (!kid || !keySet.keys.some((key) => key.kid === kid)) return { kind: 'unknown-key', kid };
  try {
    await compactVerify(compact, createLocalJWKSet(keySet), { algorithms: ALGORITHMS });
    return { kind: 'valid', kid };
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed)
      return { kind: 'bad-signature', kid };
    if (
      error instanceof errors.JWKSNoMatchingKey ||
      error instanceof errors.JWKSMultipleMatchingKeys
    ) {
      return { kind: 'unknown-key', kid };
    }
    if (error instanceof errors.JWSInvalid) return { kind: 'bad-signature', kid };
    throw error;
  }
}
