import { describe, expect, it } from 'vitest';
import {
  activeFilter,
  advancedSearchParams,
  deepSearchParams,
  groupSearchParams,
  quickSearchParams,
  readUsersSearch,
} from './url-state';

describe('users search URL', () => {
  it('reads the search box', () => {
    const state = readUsersSearch(quickSearchParams(' demo@example.com '));
    expect(state.view).toBe('list');
    expect(activeFilter(state)).toEqual({
      attribute: 'email',
      operator: 'equals',
      value: 'demo@example.com',
    });
  });

  it('prefers a valid advanced filter and ignores an invalid one', () => {
    const params = advancedSearchParams({ attribute: 'name', operator: 'startsWith', value: 'Al' });
    params.set('q', 'ignored');
    expect(activeFilter(readUsersSearch(params))).toEqual({
      attribute: 'name',
      operator: 'startsWith',
      value: 'Al',
    });
    const bad = new URLSearchParams({ attr: 'custom:tier', op: 'equals', value: 'gold' });
    expect(readUsersSearch(bad).advanced).toBeUndefined();
  });

  it('round-trips deep-search conditions', () => {
    const conditions = [
      { attribute: 'custom:tier', operator: 'equals' as const, value: 'gold' },
      { attribute: 'email', operator: 'contains' as const, value: 'a&b=c' },
    ];
    const state = readUsersSearch(new URLSearchParams(deepSearchParams(conditions).toString()));
    expect(state.view).toBe('deep');
    expect(state.conditions).toEqual(conditions);
  });

  it('keeps the chosen group beside the search box or the advanced filter', () => {
    const quick = readUsersSearch(
      new URLSearchParams(quickSearchParams('ana', 'beta testers').toString()),
    );
    expect(quick).toMatchObject({ view: 'list', q: 'ana', group: 'beta testers' });
    const filter = { attribute: 'email' as const, operator: 'startsWith' as const, value: 'a' };
    const advanced = readUsersSearch(advancedSearchParams(filter, 'premium'));
    expect(advanced).toMatchObject({ advanced: filter, group: 'premium' });
    expect(readUsersSearch(new URLSearchParams('group=')).group).toBeUndefined();
  });

  it('switches group or clears it without losing the search', () => {
    const state = readUsersSearch(quickSearchParams('ana', 'premium'));
    expect(groupSearchParams(state, 'beta-testers').toString()).toBe('q=ana&group=beta-testers');
    expect(groupSearchParams(state, undefined).toString()).toBe('q=ana');
    const filter = { attribute: 'status' as const, operator: 'equals' as const, value: 'Disabled' };
    const advanced = readUsersSearch(advancedSearchParams(filter));
    expect(readUsersSearch(groupSearchParams(advanced, 'premium'))).toMatchObject({
      advanced: filter,
      group: 'premium',
    });
  });
});
