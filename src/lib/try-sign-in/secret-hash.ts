import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** SECRET_HASH: Base64(HMAC-SHA256(client secret, username + client id)), computed in the browser. */
export function secretHash(clientSecret: string, username: string, clientId: string): string {
  const mac = hmac(sha256, utf8ToBytes(clientSecret), utf8ToBytes(username + clientId));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary);
}
