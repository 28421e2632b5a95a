import { describe, expect, it } from 'vitest';
import { readUsersSearch } from '@/lib/user-search/url-state';
import { describeSource, userSourceOf } from './stream-users';

const sourceOf = (query: string) => userSourceOf(readUsersSearch(new URLSearchParams(query)));

describe('the users a long run walks for what the Users page shows', () => {
  it('is the whole pool when nothing is searched', () => {
    expect(sourceOf('')).toEqual({ kind: 'pool' });
    expect(describeSource(sourceOf(''))).toBe('every user of the pool');
  });

  it('is the one filter of an email or the advanced filter', () => {
    expect(describeSource(sourceOf('q=ann%40example.com'))).toBe(
      'users where Email is ann@example.com',
    );
    expect(describeSource(sourceOf('attr=family_name&op=startsWith&value=Ok'))).toBe(
      'users where Family name starts with Ok',
    );
  });

  it('is the lookup of a name, with its several filters', () => {
    const source = sourceOf('q=aisha+oka');
    expect(source.kind).toBe('lookup');
    expect(describeSource(source)).toBe('users found for “aisha oka”');
  });

  it('is the deep search’s conditions in the deep view', () => {
    const source = sourceOf('view=deep&cond=custom%3Atier%7Cequals%7Cgold');
    expect(source).toEqual({
      kind: 'deep',
      conditions: [{ attribute: 'custom:tier', operator: 'equals', value: 'gold' }],
    });
    expect(describeSource(source)).toBe('users where custom:tier equals gold');
  });

  it('is the chosen group’s members, narrowed by the search as the list narrows them', () => {
    expect(sourceOf('group=premium')).toEqual({ kind: 'group', group: 'premium' });
    expect(describeSource(sourceOf('group=premium'))).toBe('members of premium');
    expect(describeSource(sourceOf('group=premium&q=ann%40example.com'))).toBe(
      'members of premium where Email is ann@example.com',
    );
    expect(describeSource(sourceOf('group=premium&attr=status&op=equals&value=Disabled'))).toBe(
      'members of premium where Account status is Disabled',
    );
    const lookup = sourceOf('group=premium&q=aisha+oka');
    expect(lookup).toMatchObject({ kind: 'group', group: 'premium', plan: { text: 'aisha oka' } });
    expect(describeSource(lookup)).toBe('members of premium found for “aisha oka”');
    expect(sourceOf('view=deep&group=premium').kind).toBe('deep');
  });
});
