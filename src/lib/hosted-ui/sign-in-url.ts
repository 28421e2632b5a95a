export interface HostedUiDomain {
  /** The domain as Cognito names it: a prefix (`acme`) or a custom domain (`auth.example.com`). */
  domain: string;
  /** The host the hosted UI answers on in AWS (`acme.auth.us-east-1.amazoncognito.com`). */
  host: string;
}

/**
 * The hosted UI's sign-in URL of an app client (authorization code flow). With `emulatorUrl` (a
 * console configured against the emulator) it is the emulator's page for that domain, which has no
 * host of its own: `<emulator>/hosted-ui/<domain>/login`.
 */
export function hostedUiSignInUrl(
  domain: HostedUiDomain,
  clientId: string,
  redirectUri: string,
  emulatorUrl?: string,
): string {
  const query = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
  });
  const base = emulatorUrl
    ? `${emulatorUrl.replace(/\/+$/, '')}/hosted-ui/${encodeURIComponent(domain.domain)}`
    : `https://${domain.host}`;
  return `${base}/login?${query.toString()}`;
}

/**
 * The domain the hosted UI of a pool answers on (DescribeUserPool's CustomDomain, else its prefix
 * Domain under amazoncognito.com), or undefined when the pool has none.
 */
export function hostedUiDomainOf(
  pool: { Domain?: string; CustomDomain?: string },
  region: string,
): HostedUiDomain | undefined {
  if (pool.CustomDomain) return { domain: pool.CustomDomain, host: pool.CustomDomain };
  if (pool.Domain) {
    return { domain: pool.Domain, host: `${pool.Domain}.auth.${region}.amazoncognito.com` };
  }
  return undefined;
}
