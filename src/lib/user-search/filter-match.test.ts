import { describe, expect, it } from 'vitest';
import type { UserFilter } from './filter';
import { matchesAnyFilter, matchesFilter, type MatchableUser } from './filter-match';

const aisha: MatchableUser = {
  username: 'aisha.okafor',
  enabled: true,
  status: 'CONFIRMED',
  attributes: { email: 'aisha@example.com', given_name: 'Aisha', family_name: 'Okafor' },
};

const f = (
  attribute: UserFilter['attribute'],
  operator: UserFilter['operator'],
  value: string,
): UserFilter => ({ attribute, operator, value });

describe('matchesFilter', () => {
  it('matches = exactly and ^= as a prefix, both case-sensitive', () => {
    expect(matchesFilter(aisha, f('email', 'equals', 'aisha@example.com'))).toBe(true);
    expect(matchesFilter(aisha, f('email', 'equals', 'aisha@example'))).toBe(false);
    expect(matchesFilter(aisha, f('email', 'equals', 'AISHA@example.com'))).toBe(false);
    expect(matchesFilter(aisha, f('given_name', 'startsWith', 'Ais'))).toBe(true);
    expect(matchesFilter(aisha, f('given_name', 'startsWith', 'ais'))).toBe(false);
    expect(matchesFilter(aisha, f('username', 'startsWith', 'aisha.'))).toBe(true);
    expect(matchesFilter(aisha, f('username', 'startsWith', ''))).toBe(true);
  });

  it('never matches an attribute the user lacks, nor a name inherited from Object', () => {
    expect(matchesFilter(aisha, f('phone_number', 'startsWith', ''))).toBe(false);
    const odd = { ...aisha, attributes: Object.create(null) as Record<string, string> };
    expect(matchesFilter(odd, f('name', 'startsWith', ''))).toBe(false);
    expect(matchesFilter(aisha, f('name', 'equals', '[object Object]'))).toBe(false);
  });

  it('reads status as Enabled/Disabled and the confirmation status in any case', () => {
    expect(matchesFilter(aisha, f('status', 'equals', 'Enabled'))).toBe(true);
    expect(matchesFilter({ ...aisha, enabled: false }, f('status', 'equals', 'Disabled'))).toBe(
      true,
    );
    expect(matchesFilter({ ...aisha, enabled: false }, f('status', 'equals', 'Enabled'))).toBe(
      false,
    );
    expect(matchesFilter(aisha, f('status', 'equals', 'enabled'))).toBe(false);
    expect(matchesFilter(aisha, f('cognito:user_status', 'equals', 'CONFIRMED'))).toBe(true);
    expect(matchesFilter(aisha, f('cognito:user_status', 'equals', 'confirmed'))).toBe(true);
    expect(matchesFilter(aisha, f('cognito:user_status', 'equals', 'UNCONFIRMED'))).toBe(false);
    expect(
      matchesFilter({ ...aisha, status: undefined }, f('cognito:user_status', 'startsWith', '')),
    ).toBe(false);
  });
});

describe('matchesAnyFilter', () => {
  it('matches when one of a lookup plan’s filters does, and everyone when there is none', () => {
    const plan = [f('given_name', 'startsWith', 'Oka'), f('family_name', 'startsWith', 'Oka')];
    expect(matchesAnyFilter(aisha, plan)).toBe(true);
    expect(matchesAnyFilter(aisha, [f('given_name', 'startsWith', 'Oka')])).toBe(false);
    expect(matchesAnyFilter(aisha, [])).toBe(true);
  });
});
