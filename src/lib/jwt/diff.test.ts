import { describe, expect, it } from 'vitest';
import { diffClaims, isEmptyDiff } from './diff';

const map = (o: Record<string, unknown>) => new Map(Object.entries(o));

describe('what changed between two tokens', () => {
  it('lists added, removed and changed claims, deep-comparing values', () => {
    const before = map({
      sub: 'u1',
      'cognito:groups': ['beta-testers'],
      'custom:tier': 'silver',
      iat: 100,
      origin_jti: 'o1',
    });
    const after = map({
      sub: 'u1',
      'cognito:groups': ['beta-testers', 'premium'],
      iat: 200,
      origin_jti: 'o1',
      'custom:plan': 'growth',
    });
    expect(diffClaims(before, after)).toEqual({
      added: [{ name: 'custom:plan', value: 'growth' }],
      removed: [{ name: 'custom:tier', value: 'silver' }],
      changed: [
        { name: 'cognito:groups', before: ['beta-testers'], after: ['beta-testers', 'premium'] },
        { name: 'iat', before: 100, after: 200 },
      ],
      unchanged: ['sub', 'origin_jti'],
    });
  });

  it('finds nothing between a token and itself', () => {
    const claims = map({ sub: 'u1', identities: [{ providerName: 'Google' }] });
    expect(isEmptyDiff(diffClaims(claims, map({ ...Object.fromEntries(claims) })))).toBe(true);
  });
});
