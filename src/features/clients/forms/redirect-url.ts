/**
 * Why a callback or sign-out URL would be refused, or undefined when it is fine. Cognito wants an
 * absolute URL without a fragment, HTTPS except http://localhost; app schemes (myapp://cb) are
 * allowed for mobile apps.
 */
export function redirectUrlProblem(url: string): string | undefined {
  const value = url.trim();
  if (value === '') return 'Enter a URL, or remove this row.';
  if (value.length > 1024) return 'Use at most 1,024 characters.';
  if (/\s/.test(value)) return 'A URL cannot contain spaces.';
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return 'Enter an absolute URL such as https://app.example.com/callback.';
  }
  if (value.includes('#')) return 'A redirect URL cannot contain a fragment (#…).';
  const scheme = parsed.protocol.toLowerCase();
  if (scheme === 'http:') {
    return parsed.hostname === 'localhost'
      ? undefined
      : 'Use https:// (plain http:// is only allowed for http://localhost).';
  }
  if (['javascript:', 'data:', 'file:', 'ftp:', 'ws:', 'wss:'].includes(scheme)) {
    return 'Use an https:// URL (or an app scheme such as myapp://callback).';
  }
  if (scheme !== 'https:' && !value.slice(scheme.length).startsWith('//')) {
    return 'Enter an absolute URL such as https://app.example.com/callback.';
  }
  return undefined;
}
