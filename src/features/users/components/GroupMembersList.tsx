import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { usePageTokens } from '@/components/use-page-tokens';
import { toFilterString, type UserFilter } from '@/lib/user-search/filter';
import { mergeLookupResults, type LookupPlan } from '@/lib/users/user-lookup';
import { useSearchGroupMembers } from '@/api/users/user-groups-search';
import { UsersTable } from './UsersTable';
import type { RowSelection } from './use-user-selection';
import type { UserColumn } from './user-columns';

interface GroupMembersListProps {
  poolId: string;
  group: string;
  /** The search's filters; the members matching any of them are listed (all when none). */
  filters: readonly UserFilter[];
  /** A search-box lookup behind the filters: its words must all match, exact matches first. */
  plan?: LookupPlan;
  columns: readonly UserColumn[];
  /** Checkboxes for bulk actions, when the role may act in bulk. */
  selection?: RowSelection;
}

const count = new Intl.NumberFormat();

/** One group's members (ListUsersInGroup), narrowed by the search, with Previous/Next. */
export function GroupMembersList({
  poolId,
  group,
  filters,
  plan,
  columns,
  selection,
}: GroupMembersListProps) {
  const scope = [poolId, group, ...filters.map(toFilterString)].join('\n');
  const paging = usePageTokens(scope);
  const members = useSearchGroupMembers(poolId, group, filters, paging.token);
  const narrowed = filters.length > 0;

  if (members.isPending) return <LoadingState label={`Loading the members of ${group}…`} />;
  if (members.isError) {
    return (
      <ErrorState
        title={`Could not list the members of ${group}`}
        error={members.error}
        onRetry={() => void members.refetch()}
        retrying={members.isFetching}
      />
    );
  }
  const { nextToken, scanned } = members.data;
  const users = plan ? mergeLookupResults(plan, [members.data.users]) : members.data.users;
  const busy = members.isPlaceholderData;
  if (users.length === 0 && paging.page === 0 && !nextToken) {
    return narrowed ? (
      <EmptyState title="No member found">
        No member of {group} matches the search. Clear the search to see all its members.
      </EmptyState>
    ) : (
      <EmptyState title="This group has no members">
        Add users to {group} from a user’s page or from the group’s page.
      </EmptyState>
    );
  }
  const summary = narrowed
    ? `${count.format(users.length)} matching of ${count.format(scanned)} members read`
    : `${count.format(users.length)} members`;
  return (
    <div>
      <UsersTable
        poolId={poolId}
        users={users}
        columns={columns}
        selection={selection}
        busy={busy}
        caption={narrowed ? `Members of ${group} matching the search` : `Members of ${group}`}
      />
      <nav aria-label="Pagination" className="flex items-center justify-between gap-4 py-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          {summary}
          {paging.page > 0 && ` (page ${paging.page + 1})`}
          {nextToken ? '; more on the next page' : ''}
        </p>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            onClick={paging.previous}
            disabled={paging.page === 0 || busy}
          >
            Previous page
          </Button>
          <Button
            variant="secondary"
            onClick={() => nextToken && paging.next(nextToken)}
            disabled={!nextToken || busy}
          >
            Next page
          </Button>
        </div>
      </nav>
    </div>
  );
}
