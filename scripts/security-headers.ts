/**
 * The HTTP headers the console is served with (vite preview, npm start, the e2e server), and the
 * policy to copy to any other host. connect-src follows config.json, which only the server knows:
 * one build serves any account, so the policy is computed where config.json is served.
 */

export interface EndpointConfig {
  region: string;
  regions?: string[];
  endpoints?: { cognitoIdp?: string; cognitoIdentity?: string };
}

/**
 * Baked into the built index.html, so a host that sets no header still refuses foreign and inline
 * scripts. It leaves connect-src to the header (a meta tag cannot know config.json, nor carry
 * frame-ancestors).
 */
export const BUILD_META_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * Cognito's endpoints the console calls: the user-pool API of every region it offers and the
 * identity pool's region, or the configured endpoints instead. CSP allows a host wildcard only as
 * the leftmost label (`https://*.amazonaws.com`, never `cognito-idp.*.amazonaws.com`), and
 * `*.amazonaws.com` would also let a script send data to any S3 bucket, so each region is listed.
 */
export function connectSources(config: EndpointConfig): string[] {
  const regions = [...new Set([config.region, ...(config.regions ?? [])])];
  const idp = config.endpoints?.cognitoIdp;
  const identity = config.endpoints?.cognitoIdentity;
  return [
    "'self'",
    ...(idp ? [new URL(idp).origin] : regions.map((r) => `https://cognito-idp.${r}.amazonaws.com`)),
    identity ? new URL(identity).origin : `https://cognito-identity.${config.region}.amazonaws.com`,
  ].filter((source, index, all) => all.indexOf(source) === index);
}

export function contentSecurityPolicy(
  config: EndpointConfig,
  { dev = false }: { dev?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    // Vite's dev server injects React Refresh's inline preamble; the build has no inline script.
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    // Radix's dialogs insert a <style> element (scroll lock); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSources(config).join(' ')}${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(
  config: EndpointConfig,
  options: { dev?: boolean } = {},
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config, options),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
