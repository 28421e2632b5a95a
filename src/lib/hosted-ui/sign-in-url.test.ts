import { describe, expect, it } from 'vitest';
import { hostedUiDomainOf, hostedUiSignInUrl } from './sign-in-url';

const domain = { domain: 'acme', host: 'acme.auth.us-east-1.amazoncognito.com' };

describe('hostedUiSignInUrl', () => {
  it('is the AWS domain host /login with the code flow query', () => {
    expect(hostedUiSignInUrl(domain, 'abc', 'https://app/cb?x=1')).toBe(
      'https://acme.auth.us-east-1.amazoncognito.com/login?client_id=abc&response_type=code&redirect_uri=https%3A%2F%2Fapp%2Fcb%3Fx%3D1',
    );
  });

  it("is the emulator's hosted page of the domain when the console runs against the emulator", () => {
    expect(hostedUiSignInUrl(domain, 'abc', 'https://app/cb', 'http://127.0.0.1:9119/')).toBe(
      'http://127.0.0.1:9119/hosted-ui/acme/login?client_id=abc&response_type=code&redirect_uri=https%3A%2F%2Fapp%2Fcb',
    );
  });
});

describe('hostedUiDomainOf', () => {
  it('prefers the custom domain, else the prefix under amazoncognito.com, else none', () => {
    expect(
      hostedUiDomainOf({ Domain: 'acme', CustomDomain: 'auth.acme.com' }, 'eu-west-1'),
    ).toEqual({ domain: 'auth.acme.com', host: 'auth.acme.com' });
    expect(hostedUiDomainOf({ Domain: 'acme' }, 'eu-west-1')).toEqual({
      domain: 'acme',
      host: 'acme.auth.eu-west-1.amazoncognito.com',
    });
    expect(hostedUiDomainOf({}, 'eu-west-1')).toBeUndefined();
  });
});
