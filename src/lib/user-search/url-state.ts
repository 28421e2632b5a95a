/**
 * The users page's search lives in the URL so a reload or a shared link reopens it:
 * `q` (the one search box), `attr`/`op`/`value` (advanced filter), `view=deep` with one `cond`
 * per deep-search condition, `group` (list that group's members; the search narrows them). Page
 * tokens are not kept (they expire after an hour anyway).
 */
import { decodeCondition, encodeCondition, type Condition } from './conditions';
import { interpretQuery, isFilterAttribute, isFilterOperator, type UserFilter } from './filter';

export type UsersView = 'list' | 'deep';

export interface UsersSearchState {
  view: UsersView;
  /** The search box's text. */
  q: string;
  /** The advanced filter, when the URL holds a valid one. */
  advanced?: UserFilter;
  conditions: Condition[];
  /** The group whose members the Search view lists, when one is chosen. */
  group?: string;
}

export function readUsersSearch(params: URLSearchParams): UsersSearchState {
  const attr = params.get('attr');
  const op = params.get('op') ?? 'equals';
  const value = params.get('value') ?? '';
  const advanced =
    isFilterAttribute(attr) && isFilterOperator(op) && value !== ''
      ? { attribute: attr, operator: op, value }
      : undefined;
  const conditions = params
    .getAll('cond')
    .map(decodeCondition)
    .filter((c): c is Condition => c !== undefined);
  return {
    view: params.get('view') === 'deep' || conditions.length > 0 ? 'deep' : 'list',
    q: params.get('q') ?? '',
    advanced,
    conditions,
    group: params.get('group') || undefined,
  };
}

/** The filter the list runs: the advanced one when set, else what the search box means. */
export function activeFilter(state: UsersSearchState): UserFilter | undefined {
  return state.advanced ?? interpretQuery(state.q);
}

/** The search box's text, kept within the chosen group when there is one. */
export function quickSearchParams(q: string, group?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (q.trim() !== '') params.set('q', q.trim());
  if (group) params.set('group', group);
  return params;
}

export function advancedSearchParams(filter: UserFilter, group?: string): URLSearchParams {
  const params = new URLSearchParams({
    attr: filter.attribute,
    op: filter.operator,
    value: filter.value,
  });
  if (group) params.set('group', group);
  return params;
}

/** The same search (box or advanced filter) within another group, or within none. */
export function groupSearchParams(state: UsersSearchState, group: string | undefined) {
  return state.advanced
    ? advancedSearchParams(state.advanced, group)
    : quickSearchParams(state.q, group);
}

export function deepSearchParams(conditions: readonly Condition[]): URLSearchParams {
  const params = new URLSearchParams({ view: 'deep' });
  for (const condition of conditions) params.append('cond', encodeCondition(condition));
  return params;
}
