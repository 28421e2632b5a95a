export interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds at which the ID token stops being accepted. */
  idTokenExpiresAt: number;
}

export interface IdentityClaims {
  sub: string;
  email: string;
  username: string;
  groups: string[];
}

/**
 * The claims of a JWT, unverified: the console only reads what Cognito just sent it over TLS, and
 * AWS checks the signature wherever the token is used.
 */
function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('The token is not a JWT.');
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof claims !== 'object' || claims === null) throw new Error('The token has no claims.');
  return claims as Record<string, unknown>;
}

export function idTokenExpiry(idToken: string): number {
  const { exp } = decodeJwt(idToken);
  return typeof exp === 'number' ? exp * 1000 : 0;
}

export function claimsOf(idToken: string): IdentityClaims {
  const claims = decodeJwt(idToken);
  const groups = claims['cognito:groups'];
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    sub: str(claims.sub),
    email: str(claims.email),
    username: str(claims['cognito:username']),
    groups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
  };
}

/** True when the ID token is expired or will be within `marginMs`. */
export function isExpiring(tokens: Tokens, now = Date.now(), marginMs = 5 * 60_000): boolean {
  return tokens.idTokenExpiresAt - now <= marginMs;
}
