import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import type { LookupPlan } from '@/lib/users/user-lookup';
import { useLookupUsers } from '@/api/users/lookup-users';
import { UsersTable } from './UsersTable';
import type { UserColumn } from './user-columns';
import type { RowSelection } from './use-user-selection';

interface LookupListProps {
  poolId: string;
  plan: LookupPlan;
  columns: readonly UserColumn[];
  selection?: RowSelection;
}

const count = new Intl.NumberFormat();

/** The users a search-box lookup found across its filters, exact matches first. */
export function LookupList({ poolId, plan, columns, selection }: LookupListProps) {
  const lookup = useLookupUsers(poolId, plan);

  if (lookup.isPending) return <LoadingState label="Looking users up…" />;
  if (lookup.isError) {
    return (
      <ErrorState
        title="Could not look users up"
        error={lookup.error}
        onRetry={() => void lookup.refetch()}
        retrying={lookup.isFetching}
      />
    );
  }
  const { users, more } = lookup.data;
  if (users.length === 0) {
    return (
      <EmptyState title="No user found">
        Nothing matches {plan.text}. Check the spelling, try fewer letters, or use a deep search for
        custom attributes.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-2">
      <UsersTable
        poolId={poolId}
        users={users}
        columns={columns}
        selection={selection}
        caption={`Users matching ${plan.text}`}
      />
      <p className="text-sm text-slate-600">
        {users.length === 1 ? '1 user found' : `${count.format(users.length)} users found`}
        {more && ': the first 60 of each search. Type more to narrow it.'}
      </p>
    </div>
  );
}
