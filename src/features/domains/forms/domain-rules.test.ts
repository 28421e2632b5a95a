import { describe, expect, it } from 'vitest';
import {
  certificateArnProblem,
  customDomainProblem,
  domainHost,
  prefixDomainHost,
  prefixDomainProblem,
  signInRedirectUri,
} from './domain-rules';

describe('prefixDomainProblem', () => {
  it('accepts AWS-valid prefixes', () => {
    for (const p of ['acme', 'a', 'acme-login-1', 'x'.repeat(63)]) {
      expect(prefixDomainProblem(p)).toBeUndefined();
    }
  });
  it('refuses bad patterns', () => {
    for (const p of ['', 'Acme', '-acme', 'acme-', 'ac_me', 'ac.me', 'x'.repeat(64)]) {
      expect(prefixDomainProblem(p)).toBeDefined();
    }
  });
  it('names the reserved word', () => {
    expect(prefixDomainProblem('my-aws-login')).toMatch(/aws/);
    expect(prefixDomainProblem('amazonshop')).toMatch(/amazon/);
    expect(prefixDomainProblem('mycognito')).toMatch(/cognito/);
  });
});

describe('custom domains', () => {
  it('checks the host name', () => {
    expect(customDomainProblem('auth.example.com')).toBeUndefined();
    expect(customDomainProblem('https://auth.example.com')).toMatch(/without https/);
    expect(customDomainProblem('localhost')).toBeDefined();
    expect(customDomainProblem('')).toBeDefined();
  });
  it('requires a us-east-1 ACM certificate', () => {
    expect(
      certificateArnProblem('arn:aws:acm:us-east-1:123456789012:certificate/abc-123'),
    ).toBeUndefined();
    expect(certificateArnProblem('arn:aws:acm:eu-west-1:123456789012:certificate/abc')).toBe(
      'The certificate must be in us-east-1, not eu-west-1.',
    );
    expect(certificateArnProblem('not-an-arn')).toBeDefined();
  });
});

describe('URLs', () => {
  it('builds the host of a prefix and of a custom domain', () => {
    expect(prefixDomainHost('acme', 'eu-west-1')).toBe('acme.auth.eu-west-1.amazoncognito.com');
    expect(domainHost('auth.example.com', 'custom', 'eu-west-1')).toBe('auth.example.com');
  });
  it('picks the default redirect URI, else the first callback', () => {
    expect(signInRedirectUri({ DefaultRedirectURI: 'a', CallbackURLs: ['b'] })).toBe('a');
    expect(signInRedirectUri({ CallbackURLs: ['b', 'c'] })).toBe('b');
    expect(signInRedirectUri({})).toBeUndefined();
  });
});
