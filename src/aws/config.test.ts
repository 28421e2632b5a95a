import { describe, expect, it } from 'vitest';
import { idpEndpoint, parseConsoleConfig } from './config';

const valid = {
  region: 'us-east-1',
  userPoolId: 'us-east-1_C0nsoleAd',
  clientId: '5c0ns01eadm1nc11ent1d00000',
  identityPoolId: 'us-east-1:7c0e5a1d-6b2f-4e8a-9c3d-0a1b2c3d4e5f',
  regions: ['us-east-1', 'eu-west-1'],
  endpoints: { cognitoIdp: 'http://127.0.0.1:9119', cognitoIdentity: 'http://127.0.0.1:9119' },
};

describe('parseConsoleConfig', () => {
  it('accepts the emulator default', () => {
    const result = parseConsoleConfig(valid);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.regions).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('treats endpoints and regions as optional (real AWS, home region only)', () => {
    const { endpoints: _e, regions: _r, ...rest } = valid;
    const result = parseConsoleConfig(rest);
    expect(result).toMatchObject({ ok: true, config: { regions: ['us-east-1'] } });
    if (result.ok) {
      expect(result.config.endpoints).toBeUndefined();
      expect(idpEndpoint(result.config, 'eu-west-1')).toBe(
        'https://cognito-idp.eu-west-1.amazonaws.com',
      );
    }
  });

  it('adds the home region to the picker list when missing', () => {
    const result = parseConsoleConfig({ ...valid, regions: ['eu-west-1'] });
    if (!result.ok) throw new Error('expected ok');
    expect(result.config.regions).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('applies the endpoint override to every region', () => {
    const result = parseConsoleConfig(valid);
    if (!result.ok) throw new Error('expected ok');
    expect(idpEndpoint(result.config, 'eu-west-1')).toBe('http://127.0.0.1:9119');
  });

  it('names each broken field', () => {
    const result = parseConsoleConfig({
      ...valid,
      region: 'mars',
      clientId: undefined,
      endpoints: { cognitoIdp: 'not a url' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.startsWith('region:'))).toBe(true);
    expect(result.problems).toContain('clientId: is required');
    expect(result.problems.some((p) => p.startsWith('endpoints.cognitoIdp:'))).toBe(true);
  });

  it('refuses a user pool from another region', () => {
    const result = parseConsoleConfig({ ...valid, userPoolId: 'eu-west-1_abc' });
    expect(result).toEqual({
      ok: false,
      problems: ['userPoolId: userPoolId must belong to region'],
    });
  });

  it('refuses non-objects', () => {
    expect(parseConsoleConfig('hello').ok).toBe(false);
    expect(parseConsoleConfig(null).ok).toBe(false);
  });
});
