import { describe, expect, it } from 'vitest';
import {
  activeFilter,
  advancedSearchParams,
  deepSearchParams,
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
});
