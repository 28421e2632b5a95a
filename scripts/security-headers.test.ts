import { describe, expect, it } from 'vitest';
import { connectSources, contentSecurityPolicy, securityHeaders } from './security-headers.ts';

describe('the console security headers', () => {
  it('lets the console talk to the Cognito endpoints of each configured region only', () => {
    expect(connectSources({ region: 'eu-west-1', regions: ['eu-west-1', 'us-east-1'] })).toEqual([
      "'self'",
      'https://cognito-idp.eu-west-1.amazonaws.com',
      'https://cognito-idp.us-east-1.amazonaws.com',
      'https://cognito-identity.eu-west-1.amazonaws.com',
    ]);
  });

  it('uses the configured endpoints instead, once', () => {
    expect(
      connectSources({
        region: 'us-east-1',
        endpoints: {
          cognitoIdp: 'http://127.0.0.1:9119/',
          cognitoIdentity: 'http://127.0.0.1:9119',
        },
      }),
    ).toEqual(["'self'", 'http://127.0.0.1:9119']);
  });

  it('allows no inline or foreign script and no framing in the build', () => {
    const csp = contentSecurityPolicy({ region: 'us-east-1' });
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(securityHeaders({ region: 'us-east-1' })['X-Frame-Options']).toBe('DENY');
  });
});
