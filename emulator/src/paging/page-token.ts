import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Tokens are signed so a forged or edited one is refused; they do not outlive the process.
const key = randomBytes(32);

function sign(payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

/** An opaque pagination token carrying `value`, bound to `scope` (operation + parameters). */
export function encodePageToken(scope: string, value: unknown): string {
  const payload = Buffer.from(JSON.stringify({ s: scope, v: value })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/** The value inside a token made by encodePageToken for the same scope, or undefined if not one. */
export function decodePageToken(scope: string, token: string): unknown {
  const [payload = '', signature = ''] = token.split('.');
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      s: string;
      v: unknown;
    };
    return parsed.s === scope ? parsed.v : undefined;
  } catch {
    return undefined;
  }
}
