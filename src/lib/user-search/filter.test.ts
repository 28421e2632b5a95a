import { describe, expect, it } from 'vitest';
import { describeFilter, escapeFilterValue, interpretQuery, toFilterString } from './filter';

const filterOf = (q: string) => {
  const f = interpretQuery(q);
  return f && toFilterString(f);
};

describe('interpretQuery', () => {
  it('means no filter for blank input', () => {
    expect(interpretQuery('')).toBeUndefined();
    expect(interpretQuery('   ')).toBeUndefined();
  });

  it('reads a complete email as an exact email filter', () => {
    expect(filterOf(' alice@example.com ')).toBe('email = "alice@example.com"');
    expect(filterOf('a.b+c@mail.example.co.uk')).toBe('email = "a.b+c@mail.example.co.uk"');
  });

  it('reads an incomplete email as an email prefix', () => {
    expect(filterOf('alice@')).toBe('email ^= "alice@"');
    expect(filterOf('alice@exam')).toBe('email ^= "alice@exam"');
    expect(filterOf('alice@example.c')).toBe('email ^= "alice@example.c"');
  });

  it('reads an E.164 phone number, dropping pasted separators', () => {
    expect(filterOf('+15555550100')).toBe('phone_number = "+15555550100"');
    expect(filterOf('+44 (20) 7946-0958')).toBe('phone_number = "+442079460958"');
  });

  it('reads the start of a phone number as a prefix', () => {
    expect(filterOf('+4420')).toBe('phone_number ^= "+4420"');
  });

  it('does not read a plus that is no phone number as one', () => {
    expect(filterOf('+0123456789')).toBe('username ^= "+0123456789"');
    expect(filterOf('+')).toBe('username ^= "+"');
  });

  it('reads a UUID as the sub, lower-cased', () => {
    expect(filterOf('3F2504E0-4F89-41D3-9A0C-0305E82C3301')).toBe(
      'sub = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"',
    );
  });

  it('falls back to a username prefix, escaping quotes and backslashes', () => {
    expect(filterOf('demo.cust')).toBe('username ^= "demo.cust"');
    expect(filterOf('a"b\\c')).toBe('username ^= "a\\"b\\\\c"');
    expect(filterOf('two words')).toBe('username ^= "two words"');
  });
});

describe('escapeFilterValue', () => {
  it('escapes backslashes before quotes so neither ends the string', () => {
    expect(escapeFilterValue('\\"')).toBe('\\\\\\"');
    expect(escapeFilterValue('plain')).toBe('plain');
  });
});

describe('describeFilter', () => {
  it('says in plain words what was searched', () => {
    expect(describeFilter(interpretQuery('alice@example.com')!)).toBe('Email is alice@example.com');
    expect(describeFilter(interpretQuery('ali')!)).toBe('Username starts with ali');
    expect(describeFilter({ attribute: 'status', operator: 'equals', value: 'Disabled' })).toBe(
      'Account status is Disabled',
    );
  });
});
