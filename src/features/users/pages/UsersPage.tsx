import clsx from 'clsx';
import { Suspense, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCanCall, useCanOpen } from '@/session/session-hooks';
import { Button, buttonClass } from '@/components/Button';
import { planLookup } from '@/lib/users/user-lookup';
import {
  advancedSearchParams,
  deepSearchParams,
  groupSearchParams,
  quickSearchParams,
  readUsersSearch,
} from '@/lib/user-search/url-state';
import { useUserAttributeSchema } from '@/api/pools/user-attribute-schema';
import { userSourceOf } from '@/api/users/stream-users';
import { useUserNaming } from '@/api/users/user-naming';
import { LazyBulkActions } from '@/features/bulk-actions/routes';
import { AdvancedFilterForm } from '../components/AdvancedFilterForm';
import { ColumnPicker } from '../components/ColumnPicker';
import { GroupFilter } from '../components/GroupFilter';
import { GroupMembersList } from '../components/GroupMembersList';
import { LookupList } from '../components/LookupList';
import { DeepSearchPanel } from '../components/deep-search/DeepSearchPanel';
import { QuickSearchForm } from '../components/QuickSearchForm';
import { SearchedFilters } from '../components/SearchedFilters';
import { UsersList } from '../components/UsersList';
import { useUserSelection } from '../components/use-user-selection';
import { availableColumns, chosenColumns, DEFAULT_COLUMN_IDS } from '../components/user-columns';
import { createUserRoute, toCreateUser } from '../routes';
import { toUserExport, userExportRoute } from '@/features/user-export/routes';

/** Names a deep-search condition can use besides the schema's attributes. */
const USER_FIELDS = ['username', 'cognito:user_status', 'status'];

export function UsersPage() {
  const { poolId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = readUsersSearch(searchParams);
  // The advanced filter runs alone; the search box may need several filters side by side.
  const plan = search.advanced ? undefined : planLookup(search.q);
  const filters = search.advanced ? [search.advanced] : (plan?.filters ?? []);
  const schema = useUserAttributeSchema(poolId);
  const attributeNames = schema.data?.attributeNames ?? [];
  const [columnIds, setColumnIds] = useState(DEFAULT_COLUMN_IDS);
  const [showAdvanced, setShowAdvanced] = useState(search.advanced !== undefined);
  const available = availableColumns(attributeNames);
  const nameOf = useUserNaming(poolId);
  const columns = chosenColumns(available, columnIds, nameOf);
  const deep = search.view === 'deep';
  const canCreate = useCanOpen(createUserRoute);
  const canExport = useCanOpen(userExportRoute);
  // Every role that acts on users in bulk may disable them; the toolbar shows what else it may do.
  const canActInBulk = useCanCall('AdminDisableUser');
  const selection = useUserSelection(`${poolId}?${searchParams.toString()}`);
  const rowSelection = canActInBulk ? selection.rows : undefined;
  // Deep-search results also show the attributes their conditions test.
  const deepColumns = chosenColumns(
    available,
    [
      ...columnIds,
      ...search.conditions.map((c) => c.attribute).filter((a) => !USER_FIELDS.includes(a)),
    ],
    nameOf,
  );

  const bulkActions = canActInBulk && (
    <Suspense fallback={null}>
      <LazyBulkActions
        poolId={poolId}
        source={userSourceOf(search)}
        selected={selection.users}
        onReplaceSelection={selection.replace}
        onClearSelection={selection.clear}
      />
    </Suspense>
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold text-slate-900">Users</h1>
        <div className="flex items-end gap-2">
          <ColumnPicker available={available} chosen={columnIds} onChange={setColumnIds} />
          {canExport && (
            <Link
              to={toUserExport({ poolId, search: searchParams })}
              className={buttonClass('secondary')}
            >
              Export CSV
            </Link>
          )}
          {canCreate && (
            <Link to={toCreateUser({ poolId })} className={buttonClass('primary')}>
              Create user
            </Link>
          )}
        </div>
      </div>
      <nav aria-label="Ways to find users" className="flex gap-1 border-b border-slate-200">
        <ViewLink to={{ search: quickSearchParams(search.q).toString() }} current={!deep}>
          Search
        </ViewLink>
        <ViewLink to={{ search: 'view=deep' }} current={deep}>
          Deep search
        </ViewLink>
      </nav>
      {deep ? (
        <>
          <DeepSearchPanel
            poolId={poolId}
            conditions={search.conditions}
            attributeNames={[...USER_FIELDS, ...attributeNames]}
            knownAttributes={schema.data ? [...USER_FIELDS, ...attributeNames] : undefined}
            columns={deepColumns}
            onConditionsChange={(conditions) => setSearchParams(deepSearchParams(conditions))}
          />
          {bulkActions}
        </>
      ) : (
        <>
          <QuickSearchForm
            query={search.advanced ? '' : search.q}
            onSearch={(q) => setSearchParams(quickSearchParams(q, search.group))}
          />
          <GroupFilter
            poolId={poolId}
            group={search.group}
            onChange={(group) => setSearchParams(groupSearchParams(search, group))}
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="ghost"
              aria-expanded={showAdvanced}
              aria-controls="advanced-filter"
              onClick={() => setShowAdvanced((s) => !s)}
            >
              {showAdvanced ? 'Hide advanced filter' : 'Advanced filter'}
            </Button>
            <SearchedFilters
              filters={filters}
              clearTo={quickSearchParams('', search.group).toString()}
            />
          </div>
          {showAdvanced && (
            <div id="advanced-filter">
              <AdvancedFilterForm
                key={searchParams.toString()}
                filter={search.advanced}
                onApply={(f) => setSearchParams(advancedSearchParams(f, search.group))}
              />
            </div>
          )}
          {bulkActions}
          {search.group ? (
            <GroupMembersList
              poolId={poolId}
              group={search.group}
              filters={filters}
              plan={plan}
              columns={columns}
              selection={rowSelection}
            />
          ) : plan && filters.length > 1 ? (
            <LookupList poolId={poolId} plan={plan} columns={columns} selection={rowSelection} />
          ) : (
            <UsersList
              poolId={poolId}
              filter={filters[0]}
              columns={columns}
              selection={rowSelection}
            />
          )}
        </>
      )}
    </div>
  );
}

function ViewLink({
  to,
  current,
  children,
}: {
  to: { search: string };
  current: boolean;
  children: string;
}) {
  return (
    <Link
      to={to}
      aria-current={current ? 'page' : undefined}
      className={clsx(
        '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
        current
          ? 'border-blue-700 text-blue-800'
          : 'border-transparent text-slate-600 hover:text-slate-900',
      )}
    >
      {children}
    </Link>
  );
}
