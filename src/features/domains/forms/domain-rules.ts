/** Domain rules (cognito-behaviour.md items 37, 38). */
const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
export const reservedDomainWords = ['aws', 'amazon', 'cognito'] as const;

/** Checked as the user types: the same pattern and reserved words AWS applies. */
export function prefixDomainProblem(prefix: string): string | undefined {
  if (prefix.length === 0) return 'Enter a domain prefix.';
  const reserved = reservedDomainWords.find((word) => prefix.includes(word));
  if (reserved) return `The prefix cannot contain the reserved word “${reserved}”.`;
  if (prefix.length > 63) return 'Use at most 63 characters.';
  if (!PREFIX.test(prefix))
    return 'Use lowercase letters, numbers and hyphens, starting and ending with a letter or number.';
  return undefined;
}

export function prefixDomainHost(prefix: string, region: string): string {
  return `${prefix}.auth.${region}.amazoncognito.com`;
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function customDomainProblem(hostname: string): string | undefined {
  if (hostname.length === 0) return 'Enter a fully qualified domain name, like auth.example.com.';
  if (/^https?:\/\//i.test(hostname)) return 'Enter the host name only, without https://.';
  if (!HOSTNAME.test(hostname))
    return 'Enter a fully qualified domain name, like auth.example.com.';
  return undefined;
}

const CERTIFICATE_ARN = /^arn:aws[\w-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[\w-]+$/;

/** CloudFront only uses ACM certificates from us-east-1, whatever the pool's region. */
export function certificateArnProblem(arn: string): string | undefined {
  if (arn.length === 0) return 'Enter the ARN of an ACM certificate.';
  const match = CERTIFICATE_ARN.exec(arn);
  if (!match)
    return 'Enter an ACM certificate ARN: arn:aws:acm:us-east-1:<account>:certificate/<id>.';
  if (match[1] !== 'us-east-1')
    return `The certificate must be in us-east-1, not ${match[1] ?? 'another region'}.`;
  return undefined;
}

/** The host the hosted UI answers on: a custom domain as is, a prefix under amazoncognito.com. */
export function domainHost(domain: string, kind: 'prefix' | 'custom', region: string): string {
  return kind === 'custom' ? domain : prefixDomainHost(domain, region);
}

/** The redirect URI to use: the client's default one if set, else its first callback URL. */
export function signInRedirectUri(client: {
  DefaultRedirectURI?: string | undefined;
  CallbackURLs?: string[] | undefined;
}): string | undefined {
  return client.DefaultRedirectURI || client.CallbackURLs?.[0] || undefined;
}
