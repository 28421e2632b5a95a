import { describe, expect, it } from 'vitest';
import { toFilterString } from '@/lib/user-search/filter';
import {
  capitalise,
  MAX_LOOKUP_FILTERS,
  mergeLookupResults,
  planLookup,
  type LookupPlan,
  type LookupUser,
} from './user-lookup';

function filtersOf(text: string): string[] {
  return (planLookup(text)?.filters ?? []).map(toFilterString);
}

function user(username: string, attributes: Record<string, string> = {}): LookupUser {
  return { username, attributes };
}

describe('capitalise', () => {
  it('writes a name as it is usually stored', () => {
    expect(capitalise('aisha')).toBe('Aisha');
    expect(capitalise('OKAFOR')).toBe('Okafor');
    expect(capitalise("o'brien")).toBe("O'Brien");
    expect(capitalise('mary-jane smith')).toBe('Mary-Jane Smith');
  });
});

describe('planLookup', () => {
  it('is nothing for a blank box', () => {
    expect(planLookup('   ')).toBeUndefined();
  });

  it('tries a bare name word on names capitalised and on handles lower-cased', () => {
    expect(filtersOf('aisha')).toEqual([
      'given_name ^= "Aisha"',
      'family_name ^= "Aisha"',
      'name ^= "Aisha"',
      'username ^= "aisha"',
      'preferred_username ^= "aisha"',
      'email ^= "aisha"',
    ]);
  });

  it('also tries the word as typed, within the request budget', () => {
    const filters = filtersOf('Okafor');
    expect(filters).toContain('family_name ^= "Okafor"');
    expect(filters).toContain('username ^= "okafor"');
    expect(filters).toContain('username ^= "Okafor"');
    expect(filters).toHaveLength(9);
    expect(filtersOf('OKAFOR')).toHaveLength(MAX_LOOKUP_FILTERS);
    expect(filtersOf('OKAFOR').slice(0, 6)).toEqual(filtersOf('okafor'));
  });

  it('looks a handle up only where handles are kept', () => {
    expect(filtersOf('demo.cust')).toEqual([
      'username ^= "demo.cust"',
      'preferred_username ^= "demo.cust"',
      'email ^= "demo.cust"',
    ]);
  });

  it('splits two words into given and family name, and the whole name', () => {
    const plan = planLookup('  aisha   oka ');
    expect(plan?.text).toBe('aisha oka');
    expect(plan?.words).toEqual(['aisha', 'oka']);
    expect(filtersOf('aisha oka')).toEqual([
      'given_name ^= "Aisha"',
      'family_name ^= "Oka"',
      'name ^= "Aisha Oka"',
      'name ^= "aisha oka"',
      'family_name ^= "Aisha"',
      'given_name ^= "Oka"',
    ]);
    expect(filtersOf('Aisha Okafor')).toEqual([
      'given_name ^= "Aisha"',
      'family_name ^= "Okafor"',
      'name ^= "Aisha Okafor"',
      'family_name ^= "Aisha"',
      'given_name ^= "Okafor"',
    ]);
  });

  it('tries a name typed surname first the other way round', () => {
    expect(filtersOf('okafor aisha')).toContain('given_name ^= "Aisha"');
    expect(filtersOf('okafor aisha')).toContain('family_name ^= "Okafor"');
  });

  it('finds an email typed in any case: as typed and lower-cased', () => {
    expect(filtersOf('AISHA.COSTA2133@EXAMPLE.COM')).toEqual([
      'email = "AISHA.COSTA2133@EXAMPLE.COM"',
      'email = "aisha.costa2133@example.com"',
    ]);
    expect(filtersOf('aisha.costa2133@example.com')).toEqual([
      'email = "aisha.costa2133@example.com"',
    ]);
    expect(filtersOf('Aisha.C@')).toEqual(['email ^= "Aisha.C@"', 'email ^= "aisha.c@"']);
  });

  it('keeps one exact filter for a phone number or a sub', () => {
    expect(filtersOf('+44 20 7946 0958')).toEqual(['phone_number = "+442079460958"']);
    expect(filtersOf('0F8FAD5B-D9CB-469F-A165-70867728950E')).toEqual([
      'sub = "0f8fad5b-d9cb-469f-a165-70867728950e"',
    ]);
  });

  it('escapes quotes in what it sends', () => {
    expect(filtersOf('a"b')).toContain('username ^= "a\\"b"');
  });
});

describe('mergeLookupResults', () => {
  const aishaOkafor = user('aisha.okafor1', {
    given_name: 'Aisha',
    family_name: 'Okafor',
    name: 'Aisha Okafor',
  });
  const aishaCosta = user('aisha.costa2', {
    given_name: 'Aisha',
    family_name: 'Costa',
    name: 'Aisha Costa',
  });
  const aishan = user('aishan.okada3', {
    given_name: 'Aishan',
    family_name: 'Okada',
    name: 'Aishan Okada',
  });

  it('lists each user once', () => {
    const plan = planLookup('aisha')!;
    const merged = mergeLookupResults(plan, [[aishaOkafor, aishaCosta], [aishaOkafor], []]);
    expect(merged.map((u) => u.username)).toEqual(['aisha.costa2', 'aisha.okafor1']);
  });

  it('keeps only users matching every word', () => {
    const plan = planLookup('aisha oka')!;
    const merged = mergeLookupResults(plan, [[aishaCosta, aishaOkafor, aishan], [aishan]]);
    expect(merged.map((u) => u.username)).toEqual(['aisha.okafor1', 'aishan.okada3']);
  });

  it('keeps a user found by a name typed surname first', () => {
    const plan = planLookup('okafor aisha')!;
    const merged = mergeLookupResults(plan, [[aishaCosta, aishaOkafor], [aishaOkafor]]);
    expect(merged.map((u) => u.username)).toEqual(['aisha.okafor1']);
  });

  it('ranks exact matches first', () => {
    const okafor = user('okafor', { name: 'Zed Okafor' });
    const plan: LookupPlan = planLookup('Aisha Okafor')!;
    const merged = mergeLookupResults(plan, [[aishan, okafor, aishaOkafor]]);
    expect(merged[0]).toBe(aishaOkafor);

    const byWord = mergeLookupResults(planLookup('aisha')!, [[aishan, aishaCosta]]);
    expect(byWord.map((u) => u.username)).toEqual(['aisha.costa2', 'aishan.okada3']);

    const okaforville = user('zed1', { family_name: 'Okaforville' });
    const byFamily = mergeLookupResults(planLookup('okafor')!, [[okaforville, okafor]]);
    expect(byFamily).toEqual([okafor, okaforville]);
  });
});
