import { useQueryClient } from '@tanstack/react-query';
import { usePageTokens } from '@/components/use-page-tokens';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import { describeFilter, toFilterString, type UserFilter } from '@/lib/user-search/filter';
import { USERS_PAGE_SIZE, useListUsers, listUsersQueryOptions } from '@/api/users/list-users';
import { UsersTable } from './UsersTable';
import type { UserColumn } from './user-columns';
import type { RowSelection } from './use-user-selection';

interface UsersListProps {
  poolId: string;
  filter?: UserFilter;
  columns: readonly UserColumn[];
  selection?: RowSelection;
}

/** One server-side page of users (60 at most), filtered by ListUsers, with Previous/Next. */
export function UsersList({ poolId, filter, columns, selection }: UsersListProps) {
  const filterString = filter ? toFilterString(filter) : '';
  const paging = usePageTokens(`${poolId}\n${filterString}`);
  const users = useListUsers(poolId, { filter: filterString, paginationToken: paging.token });
  const queryClient = useQueryClient();
  const searched = filter ? describeFilter(filter) : undefined;
  const nextToken = users.data?.nextToken;
  const prefetchNext = nextToken
    ? () =>
        queryClient.prefetchQuery(
          listUsersQueryOptions(poolId, { filter: filterString, paginationToken: nextToken }),
        )
    : undefined;

  if (users.isPending) return <LoadingState label="Loading users…" />;
  if (users.isError) {
    return (
      <ErrorState
        title="Could not list users"
        error={users.error}
        onRetry={() => void users.refetch()}
        retrying={users.isFetching}
      />
    );
  }
  if (users.data.users.length === 0 && paging.page === 0) {
    return searched ? (
      <EmptyState title="No user found">
        Nothing where {searched}. Check the spelling, try the start of the value, or use a deep
        search for custom attributes.
      </EmptyState>
    ) : (
      <EmptyState title="This pool has no users yet">
        Users appear here once they sign up or an administrator creates them.
      </EmptyState>
    );
  }
  return (
    <div>
      <UsersTable
        // A new page starts at its first row, not where the last one was scrolled to.
        key={paging.page}
        poolId={poolId}
        users={users.data.users}
        columns={columns}
        selection={selection}
        busy={users.isPlaceholderData}
        onNearEnd={prefetchNext}
        caption={searched ? `Users where ${searched}` : 'Users'}
      />
      <Pager
        page={paging.page}
        pageSize={USERS_PAGE_SIZE}
        itemsOnPage={users.data.users.length}
        hasNext={Boolean(users.data.nextToken) && !users.isPlaceholderData}
        busy={users.isPlaceholderData}
        onNext={() => users.data.nextToken && paging.next(users.data.nextToken)}
        onPrevious={paging.previous}
      />
    </div>
  );
}
