import { useState } from 'react';
import { Link } from 'react-router';
import { toGroup } from '@/features/groups/routes';
import { useCanCall, useSignedInOperator } from '@/session/session-hooks';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { SelectField } from '@/components/form-fields';
import { LoadingState } from '@/components/LoadingState';
import { OperatorLockoutWarning } from '@/components/OperatorLockoutWarning';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { useAddUserToGroup } from '@/api/groups/add-user-to-group';
import { useGroupsForUser } from '@/api/groups/list-groups-for-user';
import { useGroupNames } from '@/api/groups/list-groups';
import { useRemoveUserFromGroup } from '@/api/groups/remove-user-from-group';
import type { UserRef } from '@/api/users/user-keys';
import { isOperatorGroup, type OperatorStanding } from '@/lib/users/console-operators';
import { userPermissions } from '../../routes';

function AddToGroupForm({
  user,
  name,
  memberOf,
}: {
  user: UserRef;
  name: string;
  memberOf: string[];
}) {
  const groups = useGroupNames(user.poolId);
  const [choice, setChoice] = useState('');
  const add = useAddUserToGroup({
    onSuccess: ({ groupName }) => {
      toastStore.show(`${name} added to ${groupName}.`, 'success');
      setChoice('');
    },
  });
  const available = (groups.data ?? []).filter((g) => !memberOf.includes(g));
  if (groups.isError)
    return <Alert>Could not list the pool&apos;s groups: {getErrorMessage(groups.error)}</Alert>;
  return (
    <form
      className="mt-4 flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) add.mutate({ ...user, groupName: choice });
      }}
    >
      <SelectField
        id="add-to-group"
        label="Add to group"
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
        disabled={groups.isPending || available.length === 0}
      >
        <option value="">
          {groups.isPending
            ? 'Loading groups…'
            : available.length === 0
              ? 'No other groups in this pool'
              : 'Choose a group'}
        </option>
        {available.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={!choice} pending={add.isPending}>
        Add
      </Button>
      {add.isError && (
        <div className="w-full">
          <Alert>{getErrorMessage(add.error)}</Alert>
        </div>
      )}
    </form>
  );
}

function RemoveFromGroupDialog({
  user,
  name,
  standing,
  group,
  onClose,
}: {
  user: UserRef;
  name: string;
  standing: OperatorStanding | null;
  group: string | null;
  onClose: () => void;
}) {
  const operator = useSignedInOperator();
  const operatorGroup =
    group !== null && operator !== null && isOperatorGroup(user.poolId, group, operator.poolId);
  const remove = useRemoveUserFromGroup({
    onSuccess: ({ groupName }) => {
      toastStore.show(`${name} removed from ${groupName}.`, 'success');
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open={group !== null}
      onOpenChange={(next) => {
        if (!next) {
          remove.reset();
          onClose();
        }
      }}
      title={`Remove ${name} from ${group}?`}
      confirmLabel="Remove from group"
      mutation={remove}
      onConfirm={() => group && remove.mutate({ ...user, groupName: group })}
    >
      {operatorGroup && (
        <OperatorLockoutWarning
          name={name}
          standing={standing ?? { operator: true, self: false }}
          action={`Removing this account from ${group}, a group that gives a role in this console,`}
        />
      )}
      <p>
        The user loses the group&apos;s role and permissions in new tokens. Tokens and AWS
        credentials already issued keep the group until they expire (up to an hour).
      </p>
    </ConfirmDialog>
  );
}

export function GroupsSection({
  user,
  name,
  standing,
}: {
  user: UserRef;
  name: string;
  standing: OperatorStanding | null;
}) {
  const canManage = useCanCall(userPermissions.manageGroups);
  const groups = useGroupsForUser(user);
  const [removing, setRemoving] = useState<string | null>(null);
  return (
    <Section title="Groups">
      {groups.isPending ? (
        <LoadingState label="Loading groups…" rows={2} />
      ) : groups.isError ? (
        <ErrorState
          title="Could not list the user's groups"
          error={groups.error}
          onRetry={() => void groups.refetch()}
          retrying={groups.isFetching}
        />
      ) : groups.data.length === 0 ? (
        <EmptyState title="Not in any group">
          {canManage ? 'Add the user to a group below.' : 'An administrator can add groups.'}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Groups of the user">
          {groups.data.map((group) => (
            <li key={group.name} className="flex items-center justify-between gap-4 py-2">
              <div>
                <Link
                  to={toGroup({ poolId: user.poolId, groupName: group.name })}
                  className="font-medium break-all text-blue-800 hover:underline"
                >
                  {group.name}
                </Link>
                {group.description && <p className="text-sm text-slate-600">{group.description}</p>}
              </div>
              {canManage && (
                <Button
                  variant="ghost"
                  aria-label={`Remove from ${group.name}`}
                  onClick={() => setRemoving(group.name)}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && groups.isSuccess && (
        <>
          <AddToGroupForm user={user} name={name} memberOf={groups.data.map((g) => g.name)} />
          <RemoveFromGroupDialog
            user={user}
            name={name}
            standing={standing}
            group={removing}
            onClose={() => setRemoving(null)}
          />
        </>
      )}
    </Section>
  );
}
