import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import { DescriptionList } from '@/components/DescriptionList';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { formatDateTime } from '@/lib/format';
import { groupEditsFromForm, toGroupFormValues, toUpdateGroupInput } from '../forms/group-input';
import { useGroup, type Group } from '@/api/groups/get-group';
import { useUpdateGroup } from '@/api/groups/update-group';
import { DeleteGroupDialog } from '../components/DeleteGroupDialog';
import { GroupFormDialog } from '../components/GroupFormDialog';
import { MembersSection } from '../components/MembersSection';
import { groupPermissions, toGroups } from '../routes';

export function GroupDetailPage() {
  const { poolId = '', groupName = '' } = useParams();
  const [deleted, setDeleted] = useState(false);
  const group = useGroup(poolId, groupName, { enabled: !deleted });

  if (group.isPending) return <LoadingState label="Loading group…" rows={6} />;
  if (group.isError) {
    return (
      <ErrorState
        title={`Could not load group ${groupName}`}
        error={group.error}
        onRetry={() => void group.refetch()}
        retrying={group.isFetching}
      />
    );
  }
  return <GroupDetail poolId={poolId} group={group.data} onDeleted={() => setDeleted(true)} />;
}

function GroupDetail({
  poolId,
  group,
  onDeleted,
}: {
  poolId: string;
  group: Group;
  onDeleted: () => void;
}) {
  const navigate = useNavigate();
  const canEdit = useCanCall(groupPermissions.edit);
  const canDelete = useCanCall(groupPermissions.delete);
  const canManage = useCanCall(groupPermissions.manageMembers);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const name = group.GroupName ?? '';
  const update = useUpdateGroup(poolId, name, {
    onSuccess: () => {
      setEditing(false);
      toastStore.show(`Group ${name} saved.`, 'success');
    },
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-all text-slate-900">{name}</h1>
          <p className="text-sm text-slate-600">Group in {poolId}</p>
        </div>
        <div className="flex gap-2">
          {canEdit && (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit group
            </Button>
          )}
          {canDelete && (
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete group
            </Button>
          )}
        </div>
      </div>
      <Section title="Settings">
        <DescriptionList
          items={[
            { term: 'Description', value: group.Description },
            { term: 'Precedence', value: group.Precedence?.toString() },
            {
              term: 'IAM role ARN',
              value: group.RoleArn && <span className="font-mono text-xs">{group.RoleArn}</span>,
            },
            { term: 'Created', value: formatDateTime(group.CreationDate) },
            { term: 'Last modified', value: formatDateTime(group.LastModifiedDate) },
          ]}
        />
      </Section>
      <MembersSection poolId={poolId} groupName={name} canManage={canManage} />
      {canEdit && (
        <GroupFormDialog
          open={editing}
          onOpenChange={(open) => {
            if (!open) update.reset();
            setEditing(open);
          }}
          title={`Edit group ${name}`}
          submitLabel="Save"
          defaultValues={toGroupFormValues(group)}
          existing={group}
          pending={update.isPending}
          onSubmit={(values, onError) =>
            update.mutateAsync(toUpdateGroupInput(group, groupEditsFromForm(group, values)), {
              onError,
            })
          }
        />
      )}
      {canDelete && (
        <DeleteGroupDialog
          poolId={poolId}
          groupName={name}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={async () => {
            onDeleted();
            toastStore.show(`Group ${name} deleted.`, 'success');
            await navigate(toGroups({ poolId }), { replace: true });
          }}
        />
      )}
    </div>
  );
}
