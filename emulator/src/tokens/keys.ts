import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { SigningKeyRecord } from '../store/types.ts';

/** A fresh RS256 key pair for a user pool's tokens. */
export async function createSigningKey(): Promise<SigningKeyRecord> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' };
  return { kid, privateJwk, publicJwk };
}

// Importing a JWK costs about a millisecond; every token issued or checked would pay it. Keys are
// cached by kid, which is unique per key pair, so a reset pool with a new key never hits a stale one.
const privateKeys = new Map<string, Promise<CryptoKey>>();
const publicKeys = new Map<string, Promise<CryptoKey>>();

function cached(cache: Map<string, Promise<CryptoKey>>, kid: string, jwk: Record<string, unknown>) {
  let key = cache.get(kid);
  if (!key) {
    key = importJWK(jwk as JWK, 'RS256') as Promise<CryptoKey>;
    if (cache.size > 500) cache.clear();
    cache.set(kid, key);
  }
  return key;
}

export function privateKeyOf(signingKey: SigningKeyRecord): Promise<CryptoKey> {
  return cached(privateKeys, signingKey.kid, signingKey.privateJwk);
}

export function publicKeyOf(signingKey: SigningKeyRecord): Promise<CryptoKey> {
  return cached(publicKeys, signingKey.kid, signingKey.publicJwk);
}

/** The public key as the pool's JWKS lists it (AWS: alg, e, kid, kty, n, use). */
export function publicJwkOf(signingKey: SigningKeyRecord): Record<string, unknown> {
  const { alg, e, kid, kty, n, use } = signingKey.publicJwk;
  return { alg, e, kid, kty, n, use };
}
