import { createHash } from 'node:crypto';

/**
 * `<region>:<uuid>`, derived from the pool, provider and user's sub: the same user always gets the
 * same identity, even after the emulator's state is reset (browsers cache identity ids).
 */
export function identityIdFor(identityPoolId: string, provider: string, sub: string): string {
  const region = identityPoolId.split(':')[0];
  const hash = createHash('sha256').update(`${identityPoolId}\n${provider}\n${sub}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x40; // UUID version 4
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return `${region}:${uuid}`;
}
