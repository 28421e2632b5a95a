import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import { toastStore } from '@/components/toast/toast-store';
import { emptyGroupForm, toCreateGroupInput } from '../forms/group-input';
import { useCreateGroup } from '@/api/groups/create-group';
import { GROUPS_PAGE_SIZE, useListGroups, listGroupsQueryOptions } from '@/api/groups/list-groups';
import { GroupFormDialog } from '../components/GroupFormDialog';
import { GroupsTable } from '../components/GroupsTable';
import { usePageTokens } from '@/components/use-page-tokens';
import { groupPermissions, toGroup } from '../routes';

export function GroupsListPage() {
  const { poolId = '' } = useParams();
  const navigate = useNavigate();
  const canCreate = useCanCall(groupPermissions.create);
  const [creating, setCreating] = useState(false);
  const paging = usePageTokens(poolId);
  const groups = useListGroups(poolId, paging.token);
  const queryClient = useQueryClient();
  const create = useCreateGroup(poolId, {
    onSuccess: (groupName) => {
      setCreating(false);
      toastStore.show(`Group ${groupName} created.`, 'success');
      void navigate(toGroup({ poolId, groupName }));
    },
  });

  const createButton = canCreate ? (
    <Button onClick={() => setCreating(true)}>Create group</Button>
  ) : undefined;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Groups</h1>
          <p className="font-mono text-sm text-slate-600">{poolId}</p>
        </div>
        {createButton}
      </div>
      {groups.isPending ? (
        <LoadingState label="Loading groups…" />
      ) : groups.isError ? (
        <ErrorState
          title="Could not list groups"
          error={groups.error}
          onRetry={() => void groups.refetch()}
          retrying={groups.isFetching}
        />
      ) : groups.data.groups.length === 0 && paging.page === 0 ? (
        <EmptyState title="No groups in this pool" action={createButton}>
          {canCreate ? 'Create the first one.' : 'An administrator can create one.'}
        </EmptyState>
      ) : (
        <>
          <GroupsTable
            poolId={poolId}
            groups={groups.data.groups}
            busy={groups.isPlaceholderData}
          />
          <Pager
            page={paging.page}
            pageSize={GROUPS_PAGE_SIZE}
            itemsOnPage={groups.data.groups.length}
            hasNext={Boolean(groups.data.nextToken) && !groups.isPlaceholderData}
            busy={groups.isPlaceholderData}
            onNext={() => groups.data.nextToken && paging.next(groups.data.nextToken)}
            prefetchNext={() => {
              const token = groups.data.nextToken;
              if (token) void queryClient.prefetchQuery(listGroupsQueryOptions(poolId, token));
            }}
            onPrevious={paging.previous}
          />
        </>
      )}
      {canCreate && (
        <GroupFormDialog
          open={creating}
          onOpenChange={(open) => {
            if (!open) create.reset();
            setCreating(open);
          }}
          title="Create group"
          submitLabel="Create group"
          defaultValues={emptyGroupForm}
          pending={create.isPending}
          onSubmit={(values, onError) =>
            create.mutateAsync(toCreateGroupInput(poolId, values), { onError })
          }
        />
      )}
    </div>
  );
}
