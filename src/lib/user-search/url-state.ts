/**
 * The users page's search lives in the URL so a reload or a shared link reopens it:
 * `q` (the one search box), `attr`/`op`/`value` (advanced filter), `view=deep` with one `cond`
 * per deep-search condition. Page tokens are not kept (they expire after an hour anyway).
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
  };
}

/** The filter the list runs: the advanced one when set, else what the search box means. */
export function activeFilter(state: UsersSearchState): UserFilter | undefined {
  return state.advanced ?? interpretQuery(state.q);
}

export function quickSearchParams(q: string): URLSearchParams {
  const params = new URLSearchParams();
  if (q.trim() !== '') params.set('q', q.trim());
  return params;
}

export function advancedSearchParams(filter: UserFilter): URLSearchParams {
  return new URLSearchParams({ attr: filter.attribute, op: filter.operator, value: filter.value });
}

export function deepSearchParams(conditions: readonly Condition[]): URLSearchParams {
  const params = new URLSearchParams({ view: 'deep' });
  for (const condition of conditions) params.append('cond', encodeCondition(condition));
  return params;
}
