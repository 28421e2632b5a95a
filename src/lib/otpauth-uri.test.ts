import { describe, expect, it } from 'vitest';
import { otpauthUri } from './otpauth-uri';

describe('otpauthUri', () => {
  it('builds the Key Uri Format authenticator apps read', () => {
    expect(otpauthUri('JBSWY3DPEHPK3PXP', 'ann@example.com', 'acme customers')).toBe(
      'otpauth://totp/acme%20customers:ann%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=acme+customers',
    );
  });
});
