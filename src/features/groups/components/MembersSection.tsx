import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import { Section } from '@/components/Section';
import {
  MEMBERS_PAGE_SIZE,
  useListUsersInGroup,
  listUsersInGroupQueryOptions,
} from '@/api/groups/list-users-in-group';
import { AddMembersDialog } from './AddMembersDialog';
import { MembersTable } from './MembersTable';
import { RemoveMemberDialog } from './RemoveMemberDialog';
import { usePageTokens } from '@/components/use-page-tokens';

export function MembersSection({
  poolId,
  groupName,
  canManage,
}: {
  poolId: string;
  groupName: string;
  canManage: boolean;
}) {
  const paging = usePageTokens(`${poolId}/${groupName}`);
  const members = useListUsersInGroup(poolId, groupName, paging.token);
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<{ username: string; name: string }>();

  return (
    <Section
      title="Members"
      actions={canManage ? <Button onClick={() => setAdding(true)}>Add users</Button> : undefined}
    >
      {members.isPending ? (
        <LoadingState label="Loading members…" rows={3} />
      ) : members.isError ? (
        <ErrorState
          title="Could not list the members"
          error={members.error}
          onRetry={() => void members.refetch()}
          retrying={members.isFetching}
        />
      ) : members.data.members.length === 0 && paging.page === 0 ? (
        <EmptyState title="No members yet">
          {canManage ? 'Add users to this group.' : 'An administrator can add users.'}
        </EmptyState>
      ) : (
        <>
          <MembersTable
            poolId={poolId}
            members={members.data.members}
            busy={members.isPlaceholderData}
            onRemove={canManage ? setRemoving : undefined}
          />
          <Pager
            page={paging.page}
            pageSize={MEMBERS_PAGE_SIZE}
            itemsOnPage={members.data.members.length}
            hasNext={Boolean(members.data.nextToken) && !members.isPlaceholderData}
            busy={members.isPlaceholderData}
            onNext={() => members.data.nextToken && paging.next(members.data.nextToken)}
            prefetchNext={() => {
              const token = members.data.nextToken;
              if (token)
                void queryClient.prefetchQuery(
                  listUsersInGroupQueryOptions(poolId, groupName, token),
                );
            }}
            onPrevious={paging.previous}
          />
        </>
      )}
      {canManage && (
        <>
          <AddMembersDialog
            poolId={poolId}
            groupName={groupName}
            open={adding}
            onOpenChange={setAdding}
          />
          <RemoveMemberDialog
            poolId={poolId}
            groupName={groupName}
            member={removing}
            onClose={() => setRemoving(undefined)}
          />
        </>
      )}
    </Section>
  );
}
