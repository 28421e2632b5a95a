import { describe, expect, it } from 'vitest';
import {
  decodeCondition,
  describeCondition,
  encodeCondition,
  matchAll,
  type Condition,
  type ScannedUser,
} from './conditions';

const user = (attrs: Record<string, string>, extra: Partial<ScannedUser> = {}): ScannedUser => ({
  Username: 'alice',
  UserStatus: 'CONFIRMED',
  Enabled: true,
  Attributes: Object.entries(attrs).map(([Name, Value]) => ({ Name, Value })),
  ...extra,
});

describe('matchAll', () => {
  const gold = user({ 'custom:tier': 'Gold', email: 'alice@example.com' });
  const silver = user({ 'custom:tier': 'silver', email: 'bob@example.org' }, { Enabled: false });

  it('matches custom attributes ignoring case', () => {
    const p = matchAll([{ attribute: 'custom:tier', operator: 'equals', value: 'gold' }]);
    expect(p(gold)).toBe(true);
    expect(p(silver)).toBe(false);
  });

  it('supports contains, starts with and is empty', () => {
    expect(
      matchAll([{ attribute: 'email', operator: 'contains', value: 'EXAMPLE.O' }])(silver),
    ).toBe(true);
    expect(matchAll([{ attribute: 'email', operator: 'startsWith', value: 'ali' }])(gold)).toBe(
      true,
    );
    const empty = matchAll([{ attribute: 'custom:plan', operator: 'isEmpty', value: '' }]);
    expect(empty(gold)).toBe(true);
    expect(empty(user({ 'custom:plan': 'growth' }))).toBe(false);
    expect(empty(user({ 'custom:plan': ' ' }))).toBe(true);
  });

  it('ANDs several conditions', () => {
    const p = matchAll([
      { attribute: 'custom:tier', operator: 'equals', value: 'silver' },
      { attribute: 'status', operator: 'equals', value: 'Disabled' },
    ]);
    expect(p(silver)).toBe(true);
    expect(p(gold)).toBe(false);
  });

  it('reads username and confirmation status from the user, not its attributes', () => {
    expect(matchAll([{ attribute: 'username', operator: 'equals', value: 'ALICE' }])(gold)).toBe(
      true,
    );
    expect(
      matchAll([{ attribute: 'cognito:user_status', operator: 'equals', value: 'confirmed' }])(
        gold,
      ),
    ).toBe(true);
  });

  it('never matches a missing attribute except with is empty', () => {
    expect(matchAll([{ attribute: 'custom:x', operator: 'contains', value: 'a' }])(gold)).toBe(
      false,
    );
  });

  it('ignores incomplete conditions', () => {
    expect(matchAll([{ attribute: 'email', operator: 'contains', value: ' ' }])(gold)).toBe(true);
  });
});

describe('URL form', () => {
  it('round-trips, values with separators included', () => {
    const c: Condition = { attribute: 'custom:note', operator: 'contains', value: 'a|b|c' };
    expect(decodeCondition(encodeCondition(c))).toEqual(c);
  });

  it('rejects malformed text', () => {
    expect(decodeCondition('email')).toBeUndefined();
    expect(decodeCondition('email|like|x')).toBeUndefined();
    expect(decodeCondition('|equals|x')).toBeUndefined();
  });

  it('describes a condition', () => {
    expect(describeCondition({ attribute: 'custom:tier', operator: 'equals', value: 'gold' })).toBe(
      'custom:tier equals gold',
    );
  });
});
