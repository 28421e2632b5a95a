import { describe, expect, it } from 'vitest';
import { matchesValue, parseFilter } from './filter.ts';

describe('parseFilter', () => {
  it('reads exact and prefix filters, with or without spaces', () => {
    expect(parseFilter('email = "a@example.com"')).toEqual({
      attribute: 'email',
      prefix: false,
      value: 'a@example.com',
    });
    expect(parseFilter('given_name^="Jo"')).toEqual({
      attribute: 'given_name',
      prefix: true,
      value: 'Jo',
    });
    expect(parseFilter('  cognito:user_status = "CONFIRMED"  ')?.attribute).toBe(
      'cognito:user_status',
    );
  });

  it('unescapes quotes and backslashes', () => {
    expect(parseFilter('family_name = "O\\"Brien"')?.value).toBe('O"Brien');
    expect(parseFilter('name = "a\\\\b"')?.value).toBe('a\\b');
  });

  it('treats an empty or blank filter as none', () => {
    expect(parseFilter(undefined)).toBeUndefined();
    expect(parseFilter('')).toBeUndefined();
    expect(parseFilter('   ')).toBeUndefined();
  });

  it.each([
    'email',
    'email = ',
    'email = a@b',
    'email == "x"',
    'email = "x" extra',
    'email = "unterminated',
    '= "x"',
  ])('refuses %j with AWS wording', (text) => {
    expect(() => parseFilter(text)).toThrow('Error while parsing filter.');
  });

  it('refuses attributes that are not searchable', () => {
    expect(() => parseFilter('custom:tier = "gold"')).toThrow(
      'Invalid search attribute: custom:tier',
    );
    expect(() => parseFilter('locale = "en"')).toThrow('Invalid search attribute: locale');
  });
});

describe('matchesValue', () => {
  it('is case-sensitive except for cognito:user_status', () => {
    expect(matchesValue({ attribute: 'username', prefix: false, value: 'Bob' }, 'bob')).toBe(false);
    expect(
      matchesValue(
        { attribute: 'cognito:user_status', prefix: false, value: 'confirmed' },
        'CONFIRMED',
      ),
    ).toBe(true);
    expect(matchesValue({ attribute: 'email', prefix: true, value: 'bo' }, 'bob@example.com')).toBe(
      true,
    );
    expect(matchesValue({ attribute: 'email', prefix: true, value: 'bo' }, undefined)).toBe(false);
  });
});
