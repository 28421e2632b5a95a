import { randomBytes, randomInt } from 'node:crypto';
import type { RequestContext } from '../protocol/context.ts';
import type { IssuedCredentialRecord } from '../store/types.ts';

/** Expired credentials are kept this long so callers get ExpiredTokenException, not an unknown key. */
const KEEP_EXPIRED_SECONDS = 86400;

const KEY_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function randomString(chars: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += chars[randomInt(chars.length)];
  return out;
}

export interface TemporaryCredentials {
  AccessKeyId: string;
  SecretKey: string;
  SessionToken: string;
  /** Epoch seconds. */
  Expiration: number;
}

/** Issues STS-like temporary credentials for a console role and remembers them for SigV4 checks. */
export function issueCredentials(
  ctx: RequestContext,
  role: string,
  identityId: string,
  ttlSeconds: number,
): TemporaryCredentials {
  const nowSeconds = Math.floor(ctx.now / 1000);
  const all = ctx.store.state.credentials;
  for (const [key, record] of all) {
    if (record.expiration + KEEP_EXPIRED_SECONDS > nowSeconds) continue;
    all.delete(key);
    ctx.store.touch('credentials', key);
  }
  const record: IssuedCredentialRecord = {
    accessKeyId: `ASIA${randomString(KEY_ID_CHARS, 16)}`,
    secretAccessKey: randomString(SECRET_CHARS, 40),
    // STS session tokens are long opaque base64 blobs starting with this prefix.
    sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(600).toString('base64')}`,
    expiration: nowSeconds + ttlSeconds,
    role,
    identityId,
  };
  all.set(record.accessKeyId, record);
  ctx.store.touch('credentials', record.accessKeyId);
  return {
    AccessKeyId: record.accessKeyId,
    SecretKey: record.secretAccessKey,
    SessionToken: record.sessionToken,
    Expiration: record.expiration,
  };
}
