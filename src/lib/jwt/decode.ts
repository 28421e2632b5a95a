/** A JWT split into its three parts; header and claims keep the token's own names as data. */
export interface DecodedJwt {
  /** The token as decoded (trimmed, without a `Bearer ` prefix). */
  compact: string;
  header: ReadonlyMap<string, unknown>;
  claims: ReadonlyMap<string, unknown>;
  /** The third part, base64url as in the token. */
  signature: string;
}

export type DecodeResult = { ok: true; jwt: DecodedJwt } | { ok: false; problem: string };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function partName(index: number) {
  return ['header', 'payload (claims)', 'signature'][index] ?? 'part';
}

function base64UrlToBytes(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function jsonObjectOf(part: string, index: number): ReadonlyMap<string, unknown> | string {
  const name = partName(index);
  const bytes = base64UrlToBytes(part);
  if (!bytes) return `The ${name} is not valid base64url.`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `The ${name} does not decode to text.`;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `The ${name} does not decode to JSON.`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `The ${name} decodes to JSON but not to an object.`;
  }
  return new Map(Object.entries(value));
}

/**
 * Splits and decodes a compact JWS (header.payload.signature). Checks the shape only: whether the
 * signature is right is the signing key's business.
 */
export function decodeJwt(input: string): DecodeResult {
  const compact = input.trim().replace(/^Bearer\s+/i, '');
  if (compact === '') return { ok: false, problem: 'Paste a token.' };
  if (/\s/.test(compact)) {
    return { ok: false, problem: 'A token has no spaces or line breaks; this one has.' };
  }
  const parts = compact.split('.');
  if (parts.length === 5) {
    return {
      ok: false,
      problem:
        'This is an encrypted token (JWE, five parts), like a Cognito refresh token: only Cognito can read it.',
    };
  }
  if (parts.length !== 3) {
    return {
      ok: false,
      problem: `A JWT has three parts separated by dots (header.payload.signature); this has ${parts.length}.`,
    };
  }
  for (const [index, part] of parts.entries()) {
    if (!BASE64URL.test(part)) {
      return {
        ok: false,
        problem: `The ${partName(index)} contains characters that base64url does not use.`,
      };
    }
  }
  const [headerPart = '', payloadPart = '', signature = ''] = parts;
  const header = jsonObjectOf(headerPart, 0);
  if (typeof header === 'string') return { ok: false, problem: header };
  const claims = jsonObjectOf(payloadPart, 1);
  if (typeof claims === 'string') return { ok: false, problem: claims };
  if (signature === '') {
    return { ok: false, problem: 'The token is not signed (its signature part is empty).' };
  }
  if (!base64UrlToBytes(signature)) {
    return { ok: false, problem: 'The signature is not valid base64url.' };
  }
  return { ok: true, jwt: { compact, header, claims, signature } };
}

/** A string claim, or undefined when absent or of another type. */
export function stringClaim(claims: ReadonlyMap<string, unknown>, name: string) {
  const value = claims.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** A numeric claim (NumericDate and the like), or undefined. */
export function numberClaim(claims: ReadonlyMap<string, unknown>, name: string) {
  const value = claims.get(name);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Which Cognito token this is, from `token_use`. */
export function tokenUseOf(claims: ReadonlyMap<string, unknown>): 'id' | 'access' | undefined {
  const use = claims.get('token_use');
  return use === 'id' || use === 'access' ? use : undefined;
}
