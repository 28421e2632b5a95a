import { describe, expect, it } from 'vitest';
import { parseIdentities } from './identities';

describe('parseIdentities', () => {
  it('reads the attribute Cognito writes', () => {
    const value = JSON.stringify([
      {
        userId: '1234',
        providerName: 'Google',
        providerType: 'Google',
        issuer: null,
        primary: true,
        dateCreated: 1700000000000,
      },
    ]);
    expect(parseIdentities(value)).toEqual({
      ok: true,
      identities: [
        {
          userId: '1234',
          providerName: 'Google',
          providerType: 'Google',
          primary: true,
          dateCreated: new Date(1700000000000),
          issuer: undefined,
        },
      ],
    });
  });

  it('treats a missing attribute as no identities', () => {
    expect(parseIdentities(undefined)).toEqual({ ok: true, identities: [] });
  });

  it('keeps unreadable values as raw text instead of throwing', () => {
    expect(parseIdentities('<script>alert(1)</script>')).toEqual({
      ok: false,
      raw: '<script>alert(1)</script>',
    });
    expect(parseIdentities('{"a":1}')).toMatchObject({ ok: false });
    expect(parseIdentities('[{"providerName":"x"}]')).toMatchObject({ ok: false });
    expect(parseIdentities('[null]')).toMatchObject({ ok: false });
  });
});
